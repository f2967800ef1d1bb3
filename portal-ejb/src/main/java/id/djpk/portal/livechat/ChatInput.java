package id.djpk.portal.livechat;

import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The live chat's input rules, the same on every instance: a start needs a name, a usable e-mail address (the
 * transcript and any answer after the chat go there) and a first message; a message is 1 to {@value #MESSAGE_MAX}
 * characters; a visitor writes at most one message a second ({@link #tooSoon}).
 */
public final class ChatInput {

    public static final int MESSAGE_MAX = 2000;
    public static final int NAME_MAX = 200;
    /** The shortest pause between two messages of one chat. */
    public static final Duration PACE = Duration.ofSeconds(1);

    private ChatInput() {
    }

    /** What is wrong with a start, field by field, in the form's order; empty when it may start. */
    public static List<Violation> start(String name, String email, String message) {
        List<Violation> v = new ArrayList<>();
        if (name == null || name.isBlank()) {
            v.add(Violation.of("name", "helpdesk.required"));
        } else if (name.strip().length() > NAME_MAX) {
            v.add(Violation.of("name", "helpdesk.tooLong", NAME_MAX));
        }
        if (email == null || email.isBlank()) {
            v.add(Violation.of("email", "helpdesk.emailRequired"));
        } else if (!Mail.plausibleAddress(email.strip())) {
            v.add(Violation.of("email", "helpdesk.emailInvalid"));
        }
        v.addAll(message("message", message));
        return v;
    }

    /** What is wrong with a message's text; empty when it may be stored. */
    public static List<Violation> message(String field, String body) {
        if (body == null || body.isBlank()) {
            return List.of(Violation.of(field, "helpdesk.required"));
        }
        if (body.strip().length() > MESSAGE_MAX) {
            return List.of(Violation.of(field, "helpdesk.tooLong", MESSAGE_MAX));
        }
        return List.of();
    }

    /** Whether a message at {@code now} follows the chat's previous one ({@code previous}, null for none) too soon. */
    public static boolean tooSoon(Instant previous, Instant now) {
        return previous != null && now.isBefore(previous.plus(PACE));
    }

    /** The ticket's subject: the first line of the first message, shortened to fit a queue's line. */
    static String subject(String message) {
        String first = message.strip().lines().findFirst().orElse("").strip();
        return first.length() <= 80 ? first : first.substring(0, 79) + "…";
    }
}
