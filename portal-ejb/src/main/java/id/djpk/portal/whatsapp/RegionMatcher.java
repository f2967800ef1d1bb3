package id.djpk.portal.whatsapp;

import id.djpk.portal.reference.Region;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the region a person typed among the 552 regions: "Kab. Sintang", "Kabupaten Sintang", "sintang",
 * "Pemkot Bandung" and "Prov. Jawa Barat" resolve; "Bandung" is ambiguous (the regency and the city) and gives
 * the choice; a typing of the level ("kota", "kab", "prov") narrows it.
 */
public final class RegionMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9 ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern KOTA = Pattern.compile("^(kota|pemkot|pemerintah kota)\\b.*");
    private static final Pattern KABUPATEN = Pattern.compile("^(kab|kabupaten|pemkab|pemerintah kabupaten)\\b.*");
    private static final Pattern PROVINSI = Pattern.compile("^(prov|provinsi|pemprov|pemerintah provinsi)\\b.*");
    private static final Pattern LEVEL_WORD = Pattern.compile("^(pemerintah (kabupaten|kota|provinsi)|pemkab|pemkot|pemprov"
            + "|pemda|kabupaten|kab|kota|provinsi|prov)\\b\\s*");

    /** A region with its names written as {@link #normal} writes them, once per matcher rather than per match. */
    private record Named(Region region, String name, String shortName, String core, String compact) {
        static Named of(Region r) {
            String name = normal(r.getName());
            String core = RegionMatcher.core(name);
            return new Named(r, name, normal(r.getShortName()), core, core.replace(" ", ""));
        }
    }

    private final List<Named> named;

    public RegionMatcher(List<Region> regions) {
        this.named = regions.stream().map(Named::of).toList();
    }

    /** The regions the text may mean: one when it is clear, several to choose from, none when nothing matches. */
    public List<Region> match(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String text = normal(typed);
        Region.Level level = levelOf(text);
        String core = core(text);
        if (core.isEmpty()) {
            return List.of();
        }
        List<Region> exact = new ArrayList<>();
        for (Named n : named) {
            Region r = n.region();
            if (n.name().equals(text) || n.shortName().equals(text) || r.getCode().equals(typed.strip())) {
                return List.of(r);
            }
            if (n.core().equals(core) && (level == null || r.getLevel() == level)) {
                exact.add(r);
            }
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        List<Region> partial = new ArrayList<>();
        String head = core + " ";
        String tail = " " + core;
        String inside = " " + core + " ";
        for (Named n : named) {
            String name = n.core();
            if ((name.startsWith(head) || name.endsWith(tail) || name.contains(inside))
                    && (level == null || n.region().getLevel() == level)) {
                partial.add(n.region());
            }
        }
        return partial.size() <= 10 ? partial : List.of();
    }

    /**
     * The regions of a level whose name, without its level word and spaces, is {@code compact}: how regions name
     * their mail domains ({@code sintangkab.go.id} → "sintang", KABUPATEN; {@code kuburayakab} → "kuburaya").
     */
    public List<Region> matchCompact(String compact, Region.Level level) {
        if (compact == null || compact.isBlank()) {
            return List.of();
        }
        String c = normal(compact).replace(" ", "");
        return named.stream().filter(n -> n.region().getLevel() == level && n.compact().equals(c)).map(Named::region).toList();
    }

    /** The region of a code the matcher offered. */
    public Region byCode(String code) {
        return named.stream().map(Named::region).filter(r -> r.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown region " + code));
    }

    static String normal(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(NOT_WORD.matcher(n).replaceAll(" ")).replaceAll(" ").strip();
    }

    private static Region.Level levelOf(String text) {
        if (KOTA.matcher(text).matches()) {
            return Region.Level.KOTA;
        }
        if (KABUPATEN.matcher(text).matches()) {
            return Region.Level.KABUPATEN;
        }
        if (PROVINSI.matcher(text).matches()) {
            return Region.Level.PROVINSI;
        }
        return null;
    }

    private static String core(String text) {
        return LEVEL_WORD.matcher(text).replaceFirst("").strip();
    }
}
