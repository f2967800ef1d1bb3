package id.djpk.portal.site.web;

import id.djpk.portal.system.Messages;
import id.djpk.portal.system.Violation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why an intake did not take a submission, in the words the page and the API both show: the message beside each
 * field (400), a rule of the circular quoted (422), the hour's allowance used up (429) or another business refusal
 * (400 with a message). {@code status} is the HTTP status both answer with.
 */
public record Refusal(int status, Map<String, String> errors, String message, String rule) {

    public static final int INVALID = 400;
    public static final int RULE = 422;
    public static final int TOO_MANY = 429;

    public static Refusal invalid(Map<String, String> errors) {
        return new Refusal(INVALID, Collections.unmodifiableMap(new LinkedHashMap<>(errors)), null, null);
    }

    public static Refusal rule(String rule, String message) {
        return new Refusal(RULE, Map.of(), message, rule);
    }

    public static Refusal tooMany(String message) {
        return new Refusal(TOO_MANY, Map.of(), message, null);
    }

    /** Refused by the service for a reason that belongs to no field. */
    public static Refusal refused(String message) {
        return new Refusal(INVALID, Map.of(), message, null);
    }

    /** Whether the person must correct a field or the request itself, rather than wait. */
    public boolean correctable() {
        return status != TOO_MANY && (!errors.isEmpty() || rule != null);
    }

    /** Each field's first message in the reader's language, in the order found. */
    public static Map<String, String> messages(List<Violation> violations, Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Violation v : violations) {
            messages.putIfAbsent(v.field(), Messages.text(locale, v.key(), v.arguments().toArray()));
        }
        return messages;
    }
}
