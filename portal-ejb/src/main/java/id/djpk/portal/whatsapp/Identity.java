package id.djpk.portal.whatsapp;

import id.djpk.portal.mail.Mail;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who is asking, in the office's format (DOMAIN.md §4): name, region, institution/SKPD, e-mail and the question.
 * Given either as one message with labelled lines ({@code Nama:}, {@code Daerah:}, {@code Instansi:},
 * {@code Email:}, {@code Pertanyaan:}; labels in any case and order, the question may run over several lines) or
 * one answer at a time. The region is the text as typed until {@link RegionMatcher} resolves it to a code.
 */
public record Identity(String name, String region, String regionCode, String institution, String email,
        String question) implements Serializable {

    /** The fields in the order the bot asks for them one at a time. */
    public enum Field { NAME, REGION, INSTITUTION, EMAIL, QUESTION }

    public static final Identity EMPTY = new Identity(null, null, null, null, null, null);

    private static final Map<String, Field> LABELS = Map.ofEntries(
            Map.entry("nama", Field.NAME), Map.entry("name", Field.NAME), Map.entry("nama lengkap", Field.NAME),
            Map.entry("daerah", Field.REGION), Map.entry("asal daerah", Field.REGION), Map.entry("pemda", Field.REGION),
            Map.entry("wilayah", Field.REGION), Map.entry("region", Field.REGION),
            Map.entry("instansi", Field.INSTITUTION), Map.entry("skpd", Field.INSTITUTION),
            Map.entry("instansi/skpd", Field.INSTITUTION), Map.entry("institution", Field.INSTITUTION),
            Map.entry("email", Field.EMAIL), Map.entry("e-mail", Field.EMAIL), Map.entry("surel", Field.EMAIL),
            Map.entry("pertanyaan", Field.QUESTION), Map.entry("question", Field.QUESTION));

    private static final Pattern LABEL = Pattern.compile("^\\s*[*_]*([A-Za-z][A-Za-z /-]{1,20}?)[*_]*\\s*[:=]\\s*(.*)$");

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 300;
    static final int QUESTION_MAX = 4000;

    /** Whether the text has at least one labelled line: then it is read as (part of) the format. */
    public static boolean labelled(String text) {
        if (text == null) {
            return false;
        }
        for (String line : text.split("\\R")) {
            if (label(line) != null) {
                return true;
            }
        }
        return false;
    }

    /** This identity with the labelled lines of the text filled in (a later label wins; unlabelled lines continue the question). */
    public Identity withLabelled(String text) {
        Identity id = this;
        Field current = null;
        StringBuilder question = null;
        for (String line : text.split("\\R")) {
            Matcher m = LABEL.matcher(line);
            Field f = label(line);
            if (f != null) {
                m.matches();
                String value = m.group(2).strip();
                current = f;
                if (f == Field.QUESTION) {
                    question = new StringBuilder(value);
                } else {
                    id = id.with(f, value);
                }
            } else if (current == Field.QUESTION && question != null) {
                question.append('\n').append(line);
            }
        }
        if (question != null) {
            id = id.with(Field.QUESTION, question.toString().strip());
        }
        return id;
    }

    private static Field label(String line) {
        Matcher m = LABEL.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return LABELS.get(m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** The identity with one field answered (a blank answer clears it). */
    public Identity with(Field field, String value) {
        String v = value == null || value.isBlank() ? null : value.strip();
        return switch (field) {
            case NAME -> new Identity(v, region, regionCode, institution, email, question);
            case REGION -> new Identity(name, v, null, institution, email, question);
            case INSTITUTION -> new Identity(name, region, regionCode, v, email, question);
            case EMAIL -> new Identity(name, region, regionCode, institution, v, question);
            case QUESTION -> new Identity(name, region, regionCode, institution, email, v);
        };
    }

    public Identity resolved(String code, String regionName) {
        return new Identity(name, regionName, code, institution, email, question);
    }

    /** The first field still missing or not acceptable, in asking order; null when the identity is complete. */
    public Field missing() {
        if (bad(name, NAME_MAX)) {
            return Field.NAME;
        }
        if (regionCode == null) {
            return Field.REGION;
        }
        if (bad(institution, TEXT_MAX)) {
            return Field.INSTITUTION;
        }
        if (email == null || !Mail.plausibleAddress(email)) {
            return Field.EMAIL;
        }
        if (bad(question, QUESTION_MAX)) {
            return Field.QUESTION;
        }
        return null;
    }

    public boolean complete() {
        return missing() == null;
    }

    private static boolean bad(String value, int max) {
        return value == null || value.isBlank() || value.length() > max;
    }
}
