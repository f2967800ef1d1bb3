package id.djpk.portal.helpdesk;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a ticket that the queue's search field finds (its number, subject, requester name and institution),
 * kept with the ticket in {@code helpdesk_ticket_word} (V46): a search for a word's beginning reads that table's
 * index instead of every ticket's text. Words are lower case without accents; a whole chunk between spaces is a word
 * (a ticket number {@code tik-2026-000123}, an address) and so is each run of letters or digits in it
 * ({@code tik}, {@code 2026}, {@code 000123}). The characters that LIKE reads as wildcards or escape ({@code % _ \})
 * separate chunks as spaces do, so neither a word nor a term holds one and a term is matched as typed.
 */
public final class TicketWords {

    /** The longest word kept; longer ones are cut (a search term as well, so both still meet). */
    public static final int MAX_LENGTH = 64;
    /** The most terms of one search that count; the rest of a pasted paragraph is ignored. */
    public static final int MAX_TERMS = 8;

    private static final Pattern SPACES = Pattern.compile("[\\s%_\\\\]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TicketWords() {
    }

    /** The words of the given texts (any may be null), each once, in the order first met. */
    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            for (String chunk : chunks(text)) {
                words.add(cut(chunk));
                for (String part : NOT_LETTER_OR_DIGIT.split(chunk)) {
                    if (!part.isEmpty()) {
                        words.add(cut(part));
                    }
                }
            }
        }
        return words;
    }

    /**
     * The terms of what an agent typed into the search field: each chunk between spaces, in the words' form. A ticket
     * matches when, for every term, one of its words begins with it ("band" finds "Bandung", "tik-2026-0001" the
     * ticket numbers that begin so). At most {@value #MAX_TERMS}; none when nothing but punctuation was typed.
     */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        for (String chunk : chunks(query)) {
            String term = cut(chunk);
            if (!terms.contains(term)) {
                terms.add(term);
            }
            if (terms.size() == MAX_TERMS) {
                break;
            }
        }
        return terms;
    }

    /** A LIKE pattern for the words beginning with {@code term} (which holds no wildcard: see the class). */
    public static String prefixPattern(String term) {
        return term + "%";
    }

    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return chunks;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        for (String chunk : SPACES.split(plain.strip())) {
            String trimmed = EDGES.matcher(chunk).replaceAll("");
            if (!trimmed.isEmpty()) {
                chunks.add(trimmed);
            }
        }
        return chunks;
    }

    private static String cut(String word) {
        return word.length() <= MAX_LENGTH ? word : word.substring(0, MAX_LENGTH);
    }
}
