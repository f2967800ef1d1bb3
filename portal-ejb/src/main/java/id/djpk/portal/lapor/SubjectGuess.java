package id.djpk.portal.lapor;

import id.djpk.portal.reference.Region;
import id.djpk.portal.whatsapp.RegionMatcher;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report sent by e-mail is probably about, read from its subject, its files' names and the sender's address:
 * the report type (its code, "DAU", or the words of its name, "DAK Non Fisik"), the period ("Mei 2024" → 2024-05 for
 * a monthly type, "Triwulan II 2024" / "TW 2 2024" → 2024-Q2, "Semester I 2024" → 2024-S1, "2024" for a yearly one)
 * and the region ("Kab. Sintang", "Kota Denpasar", "Provinsi Bali", or the mail domain {@code sintangkab.go.id}).
 * A guess only prefills the form a person confirms; whatever is unclear (two types as likely, a name of two regions)
 * is left empty rather than guessed wrong.
 */
public final class SubjectGuess {

    /** The guess: each part null when nothing could be read with confidence. */
    public record Guess(String typeCode, String period, String regionCode) implements Serializable {
        public static final Guess NOTHING = new Guess(null, null, null);
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("pebruari", 2), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("peb", 2),
            Map.entry("maret", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("agustus", 8), Map.entry("august", 8), Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("ags", 8),
            Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nopember", 11), Map.entry("nov", 11), Map.entry("nop", 11),
            Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12), Map.entry("dec", 12));

    /** Words of type names that say nothing about which type is meant. */
    private static final Set<String> NOT_DISTINCTIVE = Set.of("laporan", "daerah", "dan", "atas", "untuk", "the", "of",
            "report", "tahun", "data");

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String ROMAN_OR_DIGIT = "(iv|iii|ii|i|[1-4])";
    private static final Pattern WRITTEN = Pattern.compile("\\b" + YEAR + "[ -]?(q|tw|s|smt)?[ -]?(\\d{1,2})\\b");
    private static final Pattern MONTH = Pattern.compile("\\b([a-z]{3,9}) (?:tahun |ta )?" + YEAR + "\\b");
    /** "Triwulan II", "TW 2", "Q2" (a bare q only with a digit), then perhaps "(Tahun) 2024". */
    private static final Pattern QUARTER = Pattern.compile("\\b(?:(?:triwulan|tw|trw|kuartal|quarter) ?" + ROMAN_OR_DIGIT
            + "|q ?([1-4]))\\b(?: (?:tahun|ta) )?(?: ?" + YEAR + ")?");
    /** "Semester I", "Smt 1", "S1" (a bare s only with a digit), then perhaps "(Tahun) 2024". */
    private static final Pattern SEMESTER = Pattern.compile("\\b(?:(?:semester|smt|sem) ?(ii|i|[12])|s ?([12]))\\b"
            + "(?: (?:tahun|ta) )?(?: ?" + YEAR + ")?");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\b" + YEAR + "\\b");
    private static final Pattern REGION = Pattern.compile("(?i)\\b(pemerintah (?:kabupaten|kota|provinsi)|kabupaten|kab\\.?|kota|"
            + "provinsi|prov\\.?|pemkab|pemkot|pemprov)\\s*((?:[a-z][a-z'-]*\\.?)(?:\\s+[a-z][a-z'-]*){0,3})");
    private static final Pattern DOMAIN = Pattern.compile("@(?:[a-z0-9-]+\\.)*?([a-z]+?)(kab|kota|prov)\\.go\\.id$");

    private final List<LaporType> types;
    private final RegionMatcher regions;

    public SubjectGuess(List<LaporType> types, RegionMatcher regions) {
        this.types = List.copyOf(types);
        this.regions = regions;
    }

    /** The guess for one message; the subject first, then the files' names, then (for the region) the sender's domain. */
    public Guess guess(String subject, String senderAddress, List<String> fileNames) {
        List<String> texts = new ArrayList<>();
        texts.add(subject == null ? "" : subject);
        if (fileNames != null) {
            fileNames.stream().filter(n -> n != null && !n.isBlank()).map(SubjectGuess::withoutExtension).forEach(texts::add);
        }
        LaporType type = null;
        for (String t : texts) {
            type = type(t);
            if (type != null) {
                break;
            }
        }
        String period = null;
        for (String t : texts) {
            period = period(t, type == null ? null : type.getPeriodKind());
            if (period != null) {
                break;
            }
        }
        String region = null;
        for (String t : texts) {
            region = region(t);
            if (region != null) {
                break;
            }
        }
        if (region == null) {
            region = regionOfDomain(senderAddress);
        }
        return new Guess(type == null ? null : type.getCode(), period, region);
    }

    /**
     * The sender's display name when it names an office ("BPKAD Kab. Sintang", "Badan Keuangan Daerah"), to prefill
     * the institution; null for a person's name.
     */
    public static String institution(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        List<String> words = List.of(normal(displayName).split(" "));
        return words.stream().anyMatch(OFFICE_WORDS::contains) ? displayName.strip() : null;
    }

    private static final Set<String> OFFICE_WORDS = Set.of("bpkad", "bpkd", "bkad", "bakeuda", "dppkad", "bppkad", "bpkpd",
            "dpkad", "bkd", "dinas", "badan", "bappeda", "bapenda", "sekretariat", "setda", "inspektorat", "pemerintah",
            "pemkab", "pemkot", "pemprov", "pemda", "kantor", "bagian");

    // ---------------------------------------------------------------- type

    /**
     * The type whose code is a word of the text (2 points) and the most distinctive words of whose name are (1 point
     * each, the code's own word not counted twice); without its code a type needs two words of its name. A tie: none.
     */
    LaporType type(String text) {
        Set<String> words = new LinkedHashSet<>(List.of(normal(text).split(" ")));
        String joined = " " + normal(text) + " ";
        LaporType best = null;
        int bestScore = 0;
        boolean tie = false;
        for (LaporType t : types) {
            if (!t.isActive()) {
                continue;
            }
            String code = normal(t.getCode().replace('_', ' '));
            boolean byCode = joined.contains(" " + code + " ") || words.contains(code.replace(" ", ""));
            int score = byCode ? 2 : 0;
            for (String w : new LinkedHashSet<>(List.of(normal(t.getName()).split(" ")))) {
                if (w.length() >= 3 && !NOT_DISTINCTIVE.contains(w) && !w.equals(code) && words.contains(w)) {
                    score++;
                }
            }
            if (!byCode && score < 2) {
                continue;
            }
            if (score > bestScore) {
                best = t;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    // ---------------------------------------------------------------- period

    /**
     * The period the text names, in the form of {@code kind} (a month for a monthly type, a quarter for a quarterly
     * one, …; the year for a yearly or one-off type); without a kind, the most precise period written.
     */
    static String period(String text, PeriodKind kind) {
        String t = normal(text);
        Integer year = null;
        Integer month = null;
        Integer quarter = null;
        Integer semester = null;
        Matcher written = WRITTEN.matcher(t);
        while (written.find()) {
            int y = Integer.parseInt(written.group(1));
            int n = Integer.parseInt(written.group(3));
            String mark = written.group(2);
            if (mark == null && n >= 1 && n <= 12 && written.group(0).contains("-") && month == null) {
                year = y;
                month = n;
            } else if (("q".equals(mark) || "tw".equals(mark)) && n >= 1 && n <= 4 && quarter == null) {
                year = y;
                quarter = n;
            } else if (("s".equals(mark) || "smt".equals(mark)) && n >= 1 && n <= 2 && semester == null) {
                year = y;
                semester = n;
            }
        }
        Matcher m = MONTH.matcher(t);
        while (month == null && m.find()) {
            Integer mm = MONTHS.get(m.group(1));
            if (mm != null) {
                month = mm;
                year = Integer.parseInt(m.group(2));
            }
        }
        Matcher q = QUARTER.matcher(t);
        if (quarter == null && q.find()) {
            quarter = number(q.group(1) != null ? q.group(1) : q.group(2));
            if (q.group(3) != null) {
                year = Integer.parseInt(q.group(3));
            }
        }
        Matcher s = SEMESTER.matcher(t);
        if (semester == null && s.find()) {
            semester = number(s.group(1) != null ? s.group(1) : s.group(2));
            if (s.group(3) != null) {
                year = Integer.parseInt(s.group(3));
            }
        }
        if (year == null) {
            Matcher y = YEAR_ONLY.matcher(t);
            if (y.find()) {
                year = Integer.parseInt(y.group(1));
            }
        }
        if (year == null || year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            return null;
        }
        PeriodKind k = kind != null ? kind
                : month != null ? PeriodKind.MONTHLY : quarter != null ? PeriodKind.QUARTERLY
                : semester != null ? PeriodKind.SEMESTER : PeriodKind.YEARLY;
        Integer index = switch (k) {
            case MONTHLY -> month;
            case QUARTERLY -> quarter;
            case SEMESTER -> semester;
            case YEARLY, ONCE -> 1;
        };
        return index == null ? null : new Period(k, year, index).format();
    }

    private static int number(String romanOrDigit) {
        return switch (romanOrDigit) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(romanOrDigit);
        };
    }

    // ---------------------------------------------------------------- region

    /** "Kab. Sintang", "Kabupaten Kubu Raya", "Kota Denpasar", "Provinsi Bali": the longest reading that names one region. */
    String region(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = REGION.matcher(text.replace('_', ' '));
        while (m.find()) {
            String level = m.group(1).replace(".", "");
            String[] words = m.group(2).replace(".", " ").strip().split("\\s+");
            for (int n = words.length; n >= 1; n--) {
                String candidate = level + " " + String.join(" ", List.of(words).subList(0, n));
                List<Region> found = regions.match(candidate);
                if (found.size() == 1 && exactName(found.get(0), String.join(" ", List.of(words).subList(0, n)))) {
                    return found.get(0).getCode();
                }
            }
        }
        return null;
    }

    /** The words read are the region's whole name (without its level word), not only a part of a longer one. */
    private static boolean exactName(Region r, String words) {
        String name = normal(r.getName()).replaceFirst("^(kabupaten|kota|provinsi) ", "");
        return name.equals(normal(words));
    }

    /** {@code bpkad@sintangkab.go.id} → Kabupaten Sintang; {@code denpasarkota.go.id}, {@code baliprov.go.id}. */
    String regionOfDomain(String address) {
        if (address == null) {
            return null;
        }
        Matcher m = DOMAIN.matcher(address.strip().toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        Region.Level level = switch (m.group(2)) {
            case "kab" -> Region.Level.KABUPATEN;
            case "kota" -> Region.Level.KOTA;
            default -> Region.Level.PROVINSI;
        };
        List<Region> found = regions.matchCompact(m.group(1), level);
        return found.size() == 1 ? found.get(0).getCode() : null;
    }

    // ---------------------------------------------------------------- text

    static String normal(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        // "DAK_NF", "laporan-dau_mei-2024" and "2024-05" are read as words; the dash of a written period is kept
        n = n.replaceAll("(\\d{4})-(\\d{1,2}|q\\d|tw\\d|s\\d|smt\\d)\\b", "$1~$2");
        n = n.replaceAll("[^a-z0-9~ ]", " ").replace('~', '-');
        return n.replaceAll("\\s+", " ").strip();
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
