package id.djpk.portal.visit;

import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.system.Links;
import java.time.LocalDate;

/**
 * The desk's correspondence with the requester of a visit: the e-mails of receipt, schedule and cancellation.
 * The texts live in {@code letters.properties} of this package ({@link LetterTexts}).
 */
final class VisitLetters {

    private final LetterTexts texts = new LetterTexts(VisitLetters.class);
    private final Links links;

    VisitLetters(Links links) {
        this.links = links;
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }

    Mail received(Visit v, String accessCode, LocalDate earliest) {
        return mail(v, "mail.received.subject", text("mail.received.text", v.getContactName(), modeName(v),
                v.getInstitution(), v.getLetterNumber(), v.getBookingCode(), accessCode,
                links.visitStatus(v.getBookingCode(), accessCode), ConfirmationLetter.DATE.format(earliest)))
                .secret(accessCode);
    }

    /** The schedule, first confirmed ({@code rescheduled} false) or changed, with the confirmation letter attached. */
    Mail scheduled(Visit v, boolean rescheduled, String time, String unitName, String number, String verifyUrl) {
        return mail(v, rescheduled ? "mail.rescheduled.subject" : "mail.confirmed.subject", text("mail.scheduled.text",
                v.getContactName(), modeName(v), v.getBookingCode(), ConfirmationLetter.DATE.format(v.getSlotDate()), time,
                unitName, v.getMeetingLink() == null ? "" : text("mail.scheduled.meetingLink", v.getMeetingLink()),
                number, verifyUrl));
    }

    Mail cancelled(Visit v, String reason) {
        return mail(v, "mail.cancelled.subject", text("mail.cancelled.text", v.getContactName(), v.getBookingCode(), reason));
    }

    /** The subject of the confirmation letter in the letter register. */
    String confirmationSubject(Visit v) {
        return text("letter.confirmation.subject", modeName(v), v.getBookingCode());
    }

    private static String modeName(Visit v) {
        return ConfirmationLetter.modeName(v.getMode()).toLowerCase();
    }

    private Mail mail(Visit v, String subjectKey, String body) {
        return Mail.to(v.getEmail()).about(VisitService.ENTITY, v.getBookingCode())
                .subject(text(subjectKey, v.getBookingCode())).text(body + text("mail.footer"));
    }
}
