package id.djpk.portal.site.web;

import id.djpk.portal.system.Violation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A public form as its page shows it: what the person typed (given back unchanged after a refusal, so nothing is
 * typed twice), the message beside each field, a general message at the top (with the rule it quotes, if any) and
 * a notice. Field names are those of the violations and of the public API. A page that shows more (a ticket's
 * thread, the lists to choose from) extends it.
 */
public class FormModel {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String general;
    private String rule;
    private String notice;

    /** The typed value, {@code ""} when there is none. */
    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    public void set(String field, String value) {
        values.put(field, value);
    }

    /** Whether a box was ticked (its value {@code "true"}). */
    public boolean isChecked(String field) {
        return "true".equals(values.get(field));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean isInvalid() {
        return !errors.isEmpty() || general != null;
    }

    /** The fields in error, for the summary at the top of the form. */
    public Map<String, String> getErrors() {
        return errors;
    }

    /** The first message of a field stays: one round shows every field's first mistake. */
    public void addError(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public void addErrors(Map<String, String> messages) {
        messages.forEach(this::addError);
    }

    /** What was wrong with the whole form (a limit, a rule of the circular), above the fields. */
    public String getGeneral() {
        return general;
    }

    public void setGeneral(String general) {
        this.general = general;
    }

    /** The name of the rule a general message quotes, for the page to mark it. */
    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }

    /** Shows why an intake refused the form: beside the fields, or at the top. */
    public void refuse(Refusal refusal) {
        addErrors(refusal.errors());
        if (refusal.message() != null) {
            general = refusal.message();
        }
        rule = refusal.rule();
    }

    /** The choice named {@code name}; a value that is not one of the choices counts as no choice. */
    public static <E extends Enum<E>> E choice(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Each violation's text in the page's language, beside its field. */
    public void addViolations(List<Violation> violations, Locale locale) {
        addErrors(Refusal.messages(violations, locale));
    }
}
