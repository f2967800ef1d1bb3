package id.djpk.portal.lapor;

import id.djpk.portal.document.FileKind;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The files a report type takes, {@code {"accepts": ["PDF", …], "maxMb": n}}: one or more of the kinds the issue
 * allows a report to be ({@link #ALLOWED_KINDS}), each file at most {@code maxMb} MB (1 to {@link #MAX_MB}; the
 * public listener refuses anything over 50 MB a file before the type is known).
 */
public record AcceptedFiles(Set<FileKind> kinds, int maxMb) implements Serializable {

    /** What the issue allows a report to be: PDF, spreadsheets, Word documents and archives. */
    public static final Set<FileKind> ALLOWED_KINDS = Collections.unmodifiableSet(
            EnumSet.of(FileKind.PDF, FileKind.XLSX, FileKind.XLS, FileKind.DOCX, FileKind.ZIP));
    public static final int MAX_MB = 50;
    /** A new type takes every allowed kind, 50 MB a file. */
    public static final AcceptedFiles DEFAULT = new AcceptedFiles(ALLOWED_KINDS, MAX_MB);

    private static final long MB = 1024L * 1024;

    public AcceptedFiles {
        if (kinds == null || kinds.isEmpty() || !ALLOWED_KINDS.containsAll(kinds) || maxMb < 1 || maxMb > MAX_MB) {
            throw new InvalidInputException(violations(kinds == null ? null : kinds.stream().map(Enum::name).toList(), maxMb));
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /** What is wrong with the kinds as written and the size ({@code accepts}, {@code maxMb}); nothing when they fit. */
    public static List<Violation> violations(Collection<String> kinds, Integer maxMb) {
        List<Violation> v = new ArrayList<>();
        if (kinds == null || kinds.isEmpty() || kinds.stream().anyMatch(k -> kind(k) == null)) {
            v.add(Violation.of("accepts", "lapor.acceptsKinds", allowedText()));
        }
        if (maxMb == null || maxMb < 1 || maxMb > MAX_MB) {
            v.add(Violation.of("maxMb", "lapor.maxMb", MAX_MB));
        }
        return v;
    }

    /**
     * The files as an administrator wrote them; a value left out (null) stays as it was ({@code current}).
     *
     * @throws InvalidInputException naming {@code accepts} and {@code maxMb} when they do not fit
     */
    public static AcceptedFiles of(Collection<String> kinds, Integer maxMb, AcceptedFiles current) {
        Collection<String> k = kinds != null ? kinds : current.kinds().stream().map(Enum::name).toList();
        Integer mb = maxMb != null ? maxMb : Integer.valueOf(current.maxMb());
        List<Violation> v = violations(k, mb);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Set<FileKind> parsed = EnumSet.noneOf(FileKind.class);
        k.forEach(s -> parsed.add(kind(s)));
        return new AcceptedFiles(parsed, mb);
    }

    public long maxBytes() {
        return maxMb * MB;
    }

    /** "PDF, XLSX, ZIP". */
    public String kindsText() {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The kinds in the order of {@link FileKind}, as names: for the API and the forms. */
    public List<String> kindNames() {
        return kinds.stream().map(Enum::name).toList();
    }

    static String allowedText() {
        return ALLOWED_KINDS.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The allowed kind the text names (any case, spaces ignored), or null. */
    private static FileKind kind(String s) {
        if (s == null) {
            return null;
        }
        String name = s.strip().toUpperCase(Locale.ROOT);
        return ALLOWED_KINDS.stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }
}
