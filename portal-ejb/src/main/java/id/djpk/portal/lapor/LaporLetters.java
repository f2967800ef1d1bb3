package id.djpk.portal.lapor;

import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.system.Links;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The e-mails to the region about its report, in the language of the page it was sent from
 * ({@code letters.properties}, {@code letters_en.properties}). The "Tanda Terima" PDF and the reminders (sent to a
 * region's addresses, not to one sender) stay in Bahasa Indonesia.
 */
final class LaporLetters {

    static final String ABOUT = "LAPOR";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LetterTexts.ID);
    private static final String TIME_PATTERN = "d MMMM yyyy, HH.mm";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(TIME_PATTERN, LetterTexts.ID);

    private final LetterTexts texts = new LetterTexts(LaporLetters.class);
    private final Links links;
    private final ZoneId zone;

    LaporLetters(Links links, ZoneId zone) {
        this.links = links;
        this.zone = zone;
    }

    Mail received(LaporSubmission s, LaporType type, String regionName, String accessCode) {
        LetterTexts t = to(s);
        // sent by e-mail during the change-over: one sentence pointing to the form for next time
        String byEmail = s.getSourceMessageId() == null ? "" : "\n\n" + t.text("mail.received.byEmail", links.laporForm());
        return mail(s, t, "mail.received.subject", t.text("mail.received.text", s.getSenderName(), s.getReceipt(),
                t.format(TIME_PATTERN).withZone(zone).format(s.getReceivedAt()), type.getName(), s.getPeriod(), regionName,
                t.date(s.getDeadline()), timeliness(t, s), files(t, s.getCurrentFiles()), accessCode,
                links.laporStatus(s.getReceipt(), accessCode), byEmail))
                .secret(accessCode)
                .attach(receiptFileName(s), "application/pdf", receiptPdf(s, type, regionName, accessCode));
    }

    /** The "Tanda Terima" PDF of the report as it stands (the files in force), with its QR code to the status. */
    byte[] receiptPdf(LaporSubmission s, LaporType type, String regionName, String accessCode) {
        List<String[]> rows = s.getCurrentFiles().stream()
                .map(f -> new String[] {f.getFileName(), Long.toString(f.getSizeBytes()), f.getSha256()}).toList();
        return ReceiptPdf.render(new ReceiptPdf.Content(s.getReceipt(), TIME.withZone(zone).format(s.getReceivedAt()) + " WIB",
                regionName, s.getInstitution(), s.getSenderName(), type.getName(), s.getPeriod(),
                s.getDeadline() == null ? "—" : DATE.format(s.getDeadline()), timeliness(texts, s), rows,
                links.laporStatus(s.getReceipt(), accessCode)));
    }

    static String receiptFileName(LaporSubmission s) {
        return "tanda-terima-" + s.getReceipt() + ".pdf";
    }

    private static String timeliness(LetterTexts t, LaporSubmission s) {
        return t.text(s.getOnTime() == null ? "mail.noDeadline" : s.getOnTime() ? "mail.onTime" : "mail.late");
    }

    Mail returned(LaporSubmission s, String typeName, String unitName) {
        LetterTexts t = to(s);
        return mail(s, t, "mail.returned.subject", t.text("mail.returned.text", s.getSenderName(), s.getReceipt(), typeName,
                s.getPeriod(), unitName, s.getReason(), links.laporStatus(s.getReceipt(), null)));
    }

    Mail accepted(LaporSubmission s, String typeName, String unitName) {
        LetterTexts t = to(s);
        return mail(s, t, "mail.accepted.subject", t.text("mail.accepted.text", s.getSenderName(), s.getReceipt(), typeName,
                s.getPeriod(), unitName, links.laporStatus(s.getReceipt(), null)));
    }

    Mail corrected(LaporSubmission s, List<LaporFile> added) {
        LetterTexts t = to(s);
        return mail(s, t, "mail.corrected.subject", t.text("mail.corrected.text", s.getSenderName(), s.getReceipt(),
                s.getFileVersion(), files(t, added), links.laporStatus(s.getReceipt(), null)));
    }

    /**
     * A reminder to one of a region's known addresses that its report is still missing, with the deadline and the
     * form's link; about {@code LAPOR_REMINDER} with {@code type/period/region}.
     */
    Mail reminder(String address, String regionName, String typeName, String period, LocalDate deadline, String unitName,
            String reference) {
        return Mail.to(address).subject(text("mail.reminder.subject", typeName, period, date(deadline)))
                .text(text("mail.reminder.text", regionName, typeName, period, date(deadline), unitName, links.laporForm()))
                .about(LaporReminders.ABOUT, reference);
    }

    static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    private static String files(LetterTexts t, List<LaporFile> files) {
        StringBuilder b = new StringBuilder();
        // the size as a plain number: MessageFormat would group it
        files.forEach(f -> b.append(t.text("mail.file", f.getFileName(), Long.toString(f.getSizeBytes()), f.getSha256())));
        return b.toString();
    }

    private LetterTexts to(LaporSubmission s) {
        return texts.in(s.getLanguage());
    }

    private static Mail mail(LaporSubmission s, LetterTexts t, String subjectKey, String body) {
        return Mail.to(s.getEmail()).subject(t.text(subjectKey, s.getReceipt())).text(body).about(ABOUT, s.getReceipt());
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
