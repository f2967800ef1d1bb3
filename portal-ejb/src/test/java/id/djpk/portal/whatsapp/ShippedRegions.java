package id.djpk.portal.whatsapp;

import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.TimeZoneCode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The 552 regions the portal ships, read as ReferenceData seeds them. */
public final class ShippedRegions {

    public static final List<Region> ALL = load();

    private ShippedRegions() {
    }

    private static List<Region> load() {
        List<Region> out = new ArrayList<>();
        try (Reader r = new InputStreamReader(ShippedRegions.class.getClassLoader().getResourceAsStream("reference/regions.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord c : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                out.add(new Region(c.get("code"), c.get("name"), Region.Level.valueOf(c.get("level")), c.get("province_code"),
                        c.get("short_name"), TimeZoneCode.valueOf(c.get("time_zone"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
