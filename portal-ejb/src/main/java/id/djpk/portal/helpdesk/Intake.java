package id.djpk.portal.helpdesk;

import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.Violation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A conversation as a source hands it in: the public form, an agent logging a phone call or a WhatsApp chat,
 * and later the e-mail, WhatsApp and live-chat integrations. {@code sourceRef} is the source's own id of the
 * conversation (a message id, a chat id); the same channel and reference make the same ticket. {@code language} is
 * that of the page or API call the requester used ({@code en}; anything else is Indonesian): the ticket's e-mails are
 * written in it. The channels without a page (e-mail, WhatsApp, live chat, calls) hand in none.
 */
public record Intake(Channel channel, String sourceRef, String name, String email, String phone, String regionCode,
        String institution, UserCategory category, Set<String> topics, String subject, String message, boolean consent,
        String language) implements Serializable {

    static final int NAME_MAX = 200;
    static final int SUBJECT_MAX = 300;
    static final int MESSAGE_MAX = 20_000;

    public Intake {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
    }

    /** A conversation in Bahasa Indonesia. */
    public Intake(Channel channel, String sourceRef, String name, String email, String phone, String regionCode,
            String institution, UserCategory category, Set<String> topics, String subject, String message, boolean consent) {
        this(channel, sourceRef, name, email, phone, regionCode, institution, category, topics, subject, message, consent,
                null);
    }

    /** The same conversation, handed in from a page or API call in {@code language}. */
    public Intake inLanguage(String language) {
        return new Intake(channel, sourceRef, name, email, phone, regionCode, institution, category, topics, subject,
                message, consent, language);
    }

    /** The public "Buat Tiket" form and {@code POST /api/tickets}. */
    public static Intake webForm(String name, String email, String subject, String message, String regionCode,
            String institution, String phone) {
        return webForm(name, email, subject, message, regionCode, institution, phone, false);
    }

    /** The page's form, where the requester may also agree to receive announcements (blasts). */
    public static Intake webForm(String name, String email, String subject, String message, String regionCode,
            String institution, String phone, boolean consent) {
        return new Intake(Channel.WEB_FORM, null, name, email, phone, blankToNull(regionCode), institution, null, Set.of(),
                subject, message, consent);
    }

    /** Rules every source must meet; the public form additionally requires an e-mail address (see {@link #webViolations}). */
    List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        if (channel == null) {
            v.add(Violation.of("channel", "helpdesk.channelRequired"));
        }
        required(v, "name", name, NAME_MAX);
        required(v, "subject", subject, SUBJECT_MAX);
        required(v, "message", message, MESSAGE_MAX);
        if (email != null && !email.isBlank() && !Mail.plausibleAddress(email.trim())) {
            v.add(Violation.of("email", "helpdesk.emailInvalid"));
        }
        if (phone != null && !phone.isBlank() && !phone.trim().matches("\\+?[0-9 ()-]{6,25}")) {
            v.add(Violation.of("phone", "helpdesk.phoneInvalid"));
        }
        if ((email == null || email.isBlank()) && (phone == null || phone.isBlank()) && channel != Channel.WEB_FORM) {
            v.add(Violation.of("phone", "helpdesk.contactRequired"));
        }
        return v;
    }

    /** The public form: name, e-mail, subject and message are required. */
    public List<Violation> webViolations() {
        List<Violation> v = violations();
        if (email == null || email.isBlank()) {
            v.add(0, Violation.of("email", "helpdesk.emailRequired"));
        }
        return v;
    }

    private static void required(List<Violation> v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(Violation.of(field, "helpdesk.required"));
        } else if (value.trim().length() > max) {
            v.add(Violation.of(field, "helpdesk.tooLong", max));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
