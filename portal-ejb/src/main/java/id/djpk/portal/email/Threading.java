package id.djpk.portal.email;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which conversation a message continues: the Message-IDs it names in {@code In-Reply-To} and
 * {@code References}, and the ticket number a subject carries ({@code [TIK-2026-000123]}, as every mail of the
 * portal about a ticket has it).
 */
public final class Threading {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,490}>");
    private static final Pattern TICKET = Pattern.compile("\\[\\s*(TIK-\\d{4}-\\d{6})\\s*]", Pattern.CASE_INSENSITIVE);

    private Threading() {
    }

    /** The Message-IDs of the headers, the one answered directly ({@code In-Reply-To}) first, then the References newest first. */
    public static List<String> referencedIds(String inReplyTo, String references) {
        Set<String> ids = new LinkedHashSet<>(ids(inReplyTo));
        List<String> refs = ids(references);
        for (int i = refs.size() - 1; i >= 0; i--) {
            ids.add(refs.get(i));
        }
        return List.copyOf(ids);
    }

    /** The {@code <…>} ids of one header value, in order. */
    public static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher m = MESSAGE_ID.matcher(header);
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    /** The ticket number in a subject's brackets, in the portal's spelling. */
    public static Optional<String> ticketNumber(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = TICKET.matcher(subject);
        return m.find() ? Optional.of(m.group(1).toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
    }
}
