package id.djpk.portal.system;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What of a reader's search words a full-text search uses: at most {@link #MAX_WORDS} words and
 * {@link #MAX_CHARS} characters, so that a pasted page of text neither builds a query of thousands of clauses
 * (Lucene refuses those) nor costs the index more than a real question does. Query syntax is not the
 * reader's to use: the indexes escape it.
 */
public record SearchText(String text, boolean shortened) {

    public static final int MAX_WORDS = 32;
    public static final int MAX_CHARS = 200;

    /** The words to search for; blank when none were given. */
    public static SearchText of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new SearchText("", false);
        }
        String[] words = typed.strip().split("\\s+");
        String text = Arrays.stream(words).limit(MAX_WORDS).collect(Collectors.joining(" "));
        if (text.length() > MAX_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_CHARS);
            text = cut > 0 ? text.substring(0, cut) : text.substring(0, MAX_CHARS);
        }
        return new SearchText(text, words.length > MAX_WORDS || text.length() < String.join(" ", words).length());
    }
}
