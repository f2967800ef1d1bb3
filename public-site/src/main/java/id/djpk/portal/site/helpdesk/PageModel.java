package id.djpk.portal.site.helpdesk;

import id.djpk.portal.site.web.FormModel;
import id.djpk.portal.site.web.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a helpdesk page shows: the shared form model (typed values, messages, notice) and the page's own content
 * (a ticket, a survey, FAQ results).
 */
public class PageModel extends FormModel {

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

    private final List<Option> regions = new ArrayList<>();
    private final Map<String, String> facts = new HashMap<>();
    private final List<Entry> thread = new ArrayList<>();
    private final List<Faq> answers = new ArrayList<>();
    private boolean found;

    /** A fact about the ticket or survey: number, subject, status, link. */
    public String fact(String name) {
        return facts.get(name);
    }

    void fact(String name, String value) {
        facts.put(name, value);
    }

    public List<Option> getRegions() { return regions; }
    public List<Entry> getThread() { return thread; }
    public List<Faq> getAnswers() { return answers; }
    public boolean isFound() { return found; }
    void setFound(boolean found) { this.found = found; }
}
