package id.djpk.portal.visit;

import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.system.Links;
import java.time.LocalDate;

/**
 * The desk's correspondence with the requester of a visit: the e-mails of receipt, schedule and cancellation, in the
 * language of the page the request came from. The texts live in {@code letters.properties} and
 * {@code letters_en.properties} of this package ({@link LetterTexts}); the confirmation letter itself (a PDF, see
 * {@link ConfirmationLetter}) and its subject in the letter register stay in Bahasa Indonesia, as DJPK's letters.
 */
final class VisitLetters {

    private final LetterTexts texts = new LetterTexts(VisitLetters.class);
    private final Links links;

    VisitLetters(Links links) {
        this.links = links;
    }

    Mail received(Visit v, String accessCode, LocalDate earliest) {
        LetterTexts t = texts.in(v.getLanguage());
        return mail(v, t, "mail.received.subject", t.text("mail.received.text", v.getContactName(), modeName(t, v),
                v.getInstitution(), v.getLetterNumber(), v.getBookingCode(), accessCode,
                links.visitStatus(v.getBookingCode(), accessCode), t.date(earliest)))
                .secret(accessCode);
    }

    /** The schedule, first confirmed ({@code rescheduled} false) or changed, with the confirmation letter attached. */
    Mail scheduled(Visit v, boolean rescheduled, String time, String unitName, String number, String verifyUrl) {
        LetterTexts t = texts.in(v.getLanguage());
        return mail(v, t, rescheduled ? "mail.rescheduled.subject" : "mail.confirmed.subject", t.text("mail.scheduled.text",
                v.getContactName(), modeName(t, v), v.getBookingCode(), t.date(v.getSlotDate()), time,
                unitName, v.getMeetingLink() == null ? "" : t.text("mail.scheduled.meetingLink", v.getMeetingLink()),
                number, verifyUrl));
    }

    Mail cancelled(Visit v, String reason) {
        LetterTexts t = texts.in(v.getLanguage());
        return mail(v, t, "mail.cancelled.subject", t.text("mail.cancelled.text", v.getContactName(), v.getBookingCode(),
                reason));
    }

    /** The subject of the confirmation letter in the letter register (Indonesian, as the letter). */
    String confirmationSubject(Visit v) {
        return texts.text("letter.confirmation.subject", modeName(texts, v), v.getBookingCode());
    }

    private static String modeName(LetterTexts t, Visit v) {
        return t.text("mode." + v.getMode().name());
    }

    private static Mail mail(Visit v, LetterTexts t, String subjectKey, String body) {
        return Mail.to(v.getEmail()).about(VisitService.ENTITY, v.getBookingCode())
                .subject(t.text(subjectKey, v.getBookingCode())).text(body + t.text("mail.footer"));
    }
}
