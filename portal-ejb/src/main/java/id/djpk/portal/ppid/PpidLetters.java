package id.djpk.portal.ppid;

import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.system.Links;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The PPID's correspondence with the requester: the e-mails of every step, in the language of the page the
 * request came from ({@code letters.properties}, {@code letters_en.properties}). The written notice (a PDF, see
 * {@link DecisionNotice}) and the officers' reminders stay in Bahasa Indonesia, the language of DJPK's official
 * letters.
 */
final class PpidLetters {

    static final Locale ID = LetterTexts.ID;
    static final String ABOUT = "PPID";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);

    private final LetterTexts texts = new LetterTexts(PpidLetters.class);
    private final Links links;

    PpidLetters(Links links) {
        this.links = links;
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    /** The status page, with the access code only in the first message (later ones must not carry it). */
    String statusLink(String number, String accessCode) {
        return links.ppidStatus(number, accessCode);
    }

    String publicationLink(String slug) {
        return links.publication(slug);
    }

    Mail received(InformationRequest r, String accessCode, String dueExplanation) {
        LetterTexts t = to(r);
        return mail(r, t, "mail.received.subject", t.text("mail.received.text", r.getName(), r.getTrackingNumber(),
                t.date(r.getReceiptDay()), t.date(r.getDueDate()), dueExplanation, accessCode,
                statusLink(r.getTrackingNumber(), accessCode))).secret(accessCode);
    }

    Mail extended(InformationRequest r, String dueExplanation) {
        LetterTexts t = to(r);
        return mail(r, t, "mail.extended.subject", t.text("mail.extended.text", r.getName(), r.getTrackingNumber(),
                r.getExtensionDays(), t.date(r.getDueDate()), dueExplanation, r.getExtensionReason(),
                statusLink(r.getTrackingNumber(), null)));
    }

    Mail decided(InformationRequest r, LocalDate objectionLatest, byte[] notice) {
        LetterTexts t = to(r);
        return mail(r, t, "mail.decided.subject", t.text("mail.decided.text", r.getName(), r.getTrackingNumber(),
                t.text("decision." + r.getDecision().name()), r.getDecisionText(), statusLink(r.getTrackingNumber(), null),
                t.date(objectionLatest)))
                .attach(noticeFileName(r), "application/pdf", notice);
    }

    Mail objectionFiled(InformationRequest r, String dueExplanation) {
        LetterTexts t = to(r);
        return mail(r, t, "mail.objection.subject", t.text("mail.objection.text", r.getName(), r.getTrackingNumber(),
                t.date(r.getObjectionDue()), dueExplanation, statusLink(r.getTrackingNumber(), null)));
    }

    Mail objectionDecided(InformationRequest r) {
        LetterTexts t = to(r);
        return mail(r, t, "mail.objectionDecided.subject", t.text("mail.objectionDecided.text", r.getName(),
                r.getTrackingNumber(), t.text("outcome." + r.getObjectionOutcome().name()), r.getObjectionText(),
                statusLink(r.getTrackingNumber(), null)));
    }

    /** The language of the requester's page, for their e-mails and the due dates' explanations in them. */
    static Locale locale(InformationRequest r) {
        return LetterTexts.locale(r.getLanguage());
    }

    /** The daily reminder to one officer: what is overdue or due within two working days. */
    Mail reminder(String officerEmail, String officerName, LocalDate today, List<QueueItem> items) {
        StringBuilder lines = new StringBuilder();
        for (QueueItem i : items) {
            lines.append(text("mail.reminder.line", i.trackingNumber(), i.requesterName(), date(i.due()),
                    i.overdue() ? text("mail.reminder.overdue") : "")).append('\n');
        }
        return Mail.to(officerEmail)
                .subject(text("mail.reminder.subject", items.size()))
                .text(text("mail.reminder.text", officerName, date(today), lines.toString().strip(),
                        links.staffPpidQueue()) + text("mail.footer"))
                .about(ABOUT, "reminder-" + today);
    }

    /** Whether the requester gave an address to write to; the steps never wait for mail. */
    static boolean reachable(InformationRequest r) {
        return r.getEmail() != null && Mail.plausibleAddress(r.getEmail());
    }

    static String noticeFileName(InformationRequest r) {
        return "pemberitahuan-" + r.getTrackingNumber() + ".pdf";
    }

    private LetterTexts to(InformationRequest r) {
        return texts.in(r.getLanguage());
    }

    private static Mail mail(InformationRequest r, LetterTexts t, String subjectKey, String body) {
        return Mail.to(r.getEmail()).subject(t.text(subjectKey, r.getTrackingNumber())).text(body + t.text("mail.footer"))
                .about(ABOUT, r.getTrackingNumber());
    }
}
