package id.djpk.portal.whatsapp;

import id.djpk.portal.reference.Region;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the region a person typed among the 552 regions: "Kab. Sintang", "Kabupaten Sintang", "sintang",
 * "Pemkot Bandung" and "Prov. Jawa Barat" resolve; "Bandung" is ambiguous (the regency and the city) and gives
 * the choice; a typing of the level ("kota", "kab", "prov") narrows it.
 */
public final class RegionMatcher {

    private final List<Region> regions;

    public RegionMatcher(List<Region> regions) {
        this.regions = List.copyOf(regions);
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
        for (Region r : regions) {
            if (normal(r.getName()).equals(text) || normal(r.getShortName()).equals(text) || r.getCode().equals(typed.strip())) {
                return List.of(r);
            }
            if (core(normal(r.getName())).equals(core) && (level == null || r.getLevel() == level)) {
                exact.add(r);
            }
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        List<Region> partial = new ArrayList<>();
        for (Region r : regions) {
            String name = core(normal(r.getName()));
            if ((name.startsWith(core + " ") || name.endsWith(" " + core) || name.contains(" " + core + " "))
                    && (level == null || r.getLevel() == level)) {
                partial.add(r);
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
        return regions.stream().filter(r -> r.getLevel() == level && core(normal(r.getName())).replace(" ", "").equals(c)).toList();
    }

    /** The region of a code the matcher offered. */
    public Region byCode(String code) {
        return regions.stream().filter(r -> r.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown region " + code));
    }

    static String normal(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return n.replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
    }

    private static Region.Level levelOf(String text) {
        if (text.matches("^(kota|pemkot|pemerintah kota)\\b.*")) {
            return Region.Level.KOTA;
        }
        if (text.matches("^(kab|kabupaten|pemkab|pemerintah kabupaten)\\b.*")) {
            return Region.Level.KABUPATEN;
        }
        if (text.matches("^(prov|provinsi|pemprov|pemerintah provinsi)\\b.*")) {
            return Region.Level.PROVINSI;
        }
        return null;
    }

    private static String core(String text) {
        return text.replaceFirst("^(pemerintah (kabupaten|kota|provinsi)|pemkab|pemkot|pemprov|pemda|kabupaten|kab|kota"
                + "|provinsi|prov)\\b\\s*", "").strip();
    }
}
