package id.djpk.portal.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The headers that keep an e-mail conversation together (RFC 5322 section 3.6.4): every message of the portal
 * carries its own {@code Message-ID}; an answer names the message it answers in {@code In-Reply-To} and the
 * conversation in {@code References}, and its subject is {@code Re: <subject> [TIK-…]}, so the requester's
 * mail program threads it and the requester's reply finds its ticket again (by the ids, or by the number).
 */
public final class MailThread {

    /** How many ids {@code References} carries at most: the first (the conversation's start) and the newest ones. */
    public static final int MAX_REFERENCES = 20;
    /** The longest {@code References} kept (the column holds 4000 characters). */
    public static final int MAX_REFERENCES_CHARS = 3900;
    static final int SUBJECT_MAX = 300;

    /** One message id: no spaces, no angle brackets inside, no line breaks (nothing can be smuggled into a header). */
    private static final Pattern ID = Pattern.compile("<?([^<>\\s@]{1,400}@[^<>\\s@]{1,200})>?");
    private static final Pattern REPLY_PREFIX = Pattern.compile("^\\s*((re|aw|bls|balas)(\\[\\d+])?\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TICKET_TAG = Pattern.compile("\\s*\\[TIK-\\d{4}-\\d{6}]\\s*", Pattern.CASE_INSENSITIVE);

    private MailThread() {
    }

    /** A new, globally unique Message-ID in the domain of the sender's address ({@code PORTAL_MAIL_FROM}). */
    public static String newMessageId(String fromAddress) {
        String domain = "djpk.portal";
        if (fromAddress != null) {
            String a = fromAddress.trim();
            int lt = a.lastIndexOf('<');
            if (lt >= 0 && a.endsWith(">")) {
                a = a.substring(lt + 1, a.length() - 1);
            }
            int at = a.lastIndexOf('@');
            String d = at < 0 ? "" : a.substring(at + 1).trim().toLowerCase(Locale.ROOT);
            if (d.matches("[a-z0-9.-]{1,200}")) {
                domain = d;
            }
        }
        return "<" + UUID.randomUUID() + "." + Long.toString(System.currentTimeMillis(), 36) + "@" + domain + ">";
    }

    /** The id in its header form {@code <local@domain>}, or null when it is not one (blank, spaces, several). */
    public static String normalizeId(String id) {
        if (id == null) {
            return null;
        }
        var m = ID.matcher(id.strip());
        return m.matches() ? "<" + m.group(1) + ">" : null;
    }

    /**
     * Every id of a {@code References} or {@code In-Reply-To} header value, in order, normalized; anything that is
     * not an id is skipped.
     */
    public static List<String> parseIds(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        var m = Pattern.compile("<[^<>]*>").matcher(header);
        while (m.find()) {
            String id = normalizeId(m.group());
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * The {@code References} of an answer: the conversation's ids oldest first, each once, without those that are
     * not ids. A long conversation keeps its first id (where it began) and the newest ones, within
     * {@link #MAX_REFERENCES} ids and {@link #MAX_REFERENCES_CHARS} characters, as RFC 5322 suggests.
     */
    public static List<String> references(List<String> conversation) {
        Set<String> unique = new LinkedHashSet<>();
        for (String id : conversation) {
            String n = normalizeId(id);
            if (n != null) {
                unique.add(n);
            }
        }
        List<String> ids = new ArrayList<>(unique);
        while (ids.size() > MAX_REFERENCES || (ids.size() > 1 && String.join(" ", ids).length() > MAX_REFERENCES_CHARS)) {
            ids.remove(1);
        }
        return ids;
    }

    /**
     * The subject of an answer: {@code Re: } once, the conversation's subject without earlier reply prefixes
     * ({@code Re:}, {@code RE[2]:}, {@code Aw:}, {@code Balas:}) or ticket numbers, and the ticket's number at the end.
     */
    public static String replySubject(String subject, String ticketNumber) {
        String s = subject == null ? "" : subject.replaceAll("[\\r\\n\\t]+", " ");
        s = TICKET_TAG.matcher(s).replaceAll(" ");
        s = REPLY_PREFIX.matcher(s).replaceFirst("");
        s = s.replaceAll("\\s{2,}", " ").strip();
        String tag = "[" + ticketNumber + "]";
        int room = SUBJECT_MAX - "Re: ".length() - tag.length() - 1;
        if (s.length() > room) {
            s = s.substring(0, room - 1).strip() + "…";
        }
        return s.isEmpty() ? "Re: " + tag : "Re: " + s + " " + tag;
    }
}
