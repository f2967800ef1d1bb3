package id.djpk.portal.site.api;

import id.djpk.portal.publication.PublicFile;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.RegulationMetadata;
import id.djpk.portal.site.publication.Links;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One regulation as a JDIHN member site publishes it. The key set is a contract other tools rely
 * on: exactly {@link #KEYS}, every value a string, "" when unknown, dates as yyyy-MM-dd.
 */
public final class JdihnRecord {

    public static final List<String> KEYS = List.of("idData", "judul", "jenis", "singkatanJenis", "noPeraturan",
            "tahun_pengundangan", "tanggal_pengundangan", "tanggal_penetapan", "sumber", "subjek", "status", "bahasa",
            "teuBadan", "bidangHukum", "urlDownload", "fileDownload", "urlDetailPeraturan", "abstrak");

    private JdihnRecord() {
    }

    /** @param baseUrl the public site's address without a trailing slash */
    public static Map<String, String> of(PublicItem item, String baseUrl) {
        RegulationMetadata m = item.regulation() == null ? new RegulationMetadata() : item.regulation();
        PublicFile pdf = item.files().stream().filter(f -> "application/pdf".equals(f.mediaType())).findFirst().orElse(null);
        Map<String, String> r = new LinkedHashMap<>();
        r.put("idData", Long.toString(item.id()));
        r.put("judul", text(item.title()));
        r.put("jenis", text(m.getKind()));
        r.put("singkatanJenis", text(m.getAbbreviation()));
        r.put("noPeraturan", text(m.getNumber()));
        r.put("tahun_pengundangan", promulgationYear(m, item));
        r.put("tanggal_pengundangan", date(m.getDatePromulgated()));
        r.put("tanggal_penetapan", date(m.getDateEnacted()));
        r.put("sumber", text(m.getSource()));
        r.put("subjek", text(m.getSubject()));
        r.put("status", m.getStatus() == null ? "" : m.getStatus().labelId());
        r.put("bahasa", text(m.getLanguage()));
        r.put("teuBadan", text(m.getIssuingBody()));
        r.put("bidangHukum", text(m.getLegalField()));
        r.put("urlDownload", pdf == null ? "" : baseUrl + Links.download(pdf.id(), pdf.fileName()));
        r.put("fileDownload", pdf == null ? "" : pdf.fileName());
        r.put("urlDetailPeraturan", baseUrl + Links.detail(item.slug()));
        r.put("abstrak", text(m.getAbstractText()));
        return r;
    }

    /** The year of promulgation when known, else the regulation's own year. */
    static String promulgationYear(RegulationMetadata m, PublicItem item) {
        if (m.getDatePromulgated() != null) {
            return Integer.toString(m.getDatePromulgated().getYear());
        }
        return Integer.toString(m.getYear() != null ? m.getYear() : item.docDate().getYear());
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
