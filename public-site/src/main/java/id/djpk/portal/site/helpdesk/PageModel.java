package id.djpk.portal.site.helpdesk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a helpdesk page shows: the typed values (given back after a refusal), the message beside each field,
 * a general message, and the page's own content (a ticket, a survey, FAQ results).
 */
public class PageModel {

    /** One entry of a ticket's public thread. */
    public static final class Entry {
        private final String at;
        private final String isoAt;
        private final String author;
        private final String body;
        private final boolean fromRequester;

        Entry(String at, String isoAt, String author, String body, boolean fromRequester) {
            this.at = at;
            this.isoAt = isoAt;
            this.author = author;
            this.body = body;
            this.fromRequester = fromRequester;
        }

        public String getAt() { return at; }
        public String getIsoAt() { return isoAt; }
        public String getAuthor() { return author; }
        public String getBody() { return body; }
        public boolean isFromRequester() { return fromRequester; }
    }

    /** One FAQ answer. */
    public static final class Faq {
        private final String question;
        private final String answer;
        private final String topic;

        Faq(String question, String answer, String topic) {
            this.question = question;
            this.answer = answer;
            this.topic = topic;
        }

        public String getQuestion() { return question; }
        public String getAnswer() { return answer; }
        public String getTopic() { return topic; }
    }

    /** An option of a select: its value and what the reader sees. */
    public static final class Choice {
        private final String value;
        private final String label;

        Choice(String value, String label) {
            this.value = value;
            this.label = label;
        }

        public String getValue() { return value; }
        public String getLabel() { return label; }
    }

    private final List<Choice> regions = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> facts = new HashMap<>();
    private final List<Entry> thread = new ArrayList<>();
    private final List<Faq> answers = new ArrayList<>();
    private String general;
    private String notice;
    private boolean found;

    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    void set(String field, String value) {
        values.put(field, value == null ? "" : value);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    void addError(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public boolean isInvalid() {
        return !errors.isEmpty() || general != null;
    }

    /** A fact about the ticket or survey: number, subject, status, link. */
    public String fact(String name) {
        return facts.get(name);
    }

    void fact(String name, String value) {
        facts.put(name, value);
    }

    public List<Choice> getRegions() { return regions; }
    public List<Entry> getThread() { return thread; }
    public List<Faq> getAnswers() { return answers; }
    public String getGeneral() { return general; }
    void setGeneral(String general) { this.general = general; }
    public String getNotice() { return notice; }
    void setNotice(String notice) { this.notice = notice; }
    public boolean isFound() { return found; }
    void setFound(boolean found) { this.found = found; }
}
