package id.djpk.portal.site.api;

import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationIndex;
import id.djpk.portal.publication.PublicationQuery;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.ResultPage;
import id.djpk.portal.site.publication.ContentSync;
import id.djpk.portal.system.PortalConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/publications}: visible publications by filter, or by full-text search with {@code q}. */
@Path("publications")
@RequestScoped
@Tag(name = "Publikasi", description = "Daftar dan pencarian publikasi yang telah terbit")
public class PublicationsResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_HITS = 1000;
    static final int MAX_QUERY_LENGTH = 200;


    @Inject
    private ContentSync content;

    @Inject
    private PortalConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "Daftar atau cari publikasi",
            description = "Tanpa q: publikasi terbaru lebih dahulu. Dengan q: hasil pencarian teks (memahami imbuhan "
                    + "bahasa Indonesia), yang paling cocok lebih dahulu. Filter dapat digabungkan.")
    @APIResponse(responseCode = "200", description = "Satu halaman hasil",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationPageJson.class)))
    @APIResponse(responseCode = "400", description = "Parameter tidak sah",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public PublicationPageJson list(
            @Parameter(description = "Jenis publikasi (nama konstanta)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"PERATURAN", "PEMBERITAHUAN", "BERITA",
                            "SIARAN_PERS", "DATA", "LPEFD", "JURNAL", "MAJALAH", "BUKU", "LAPORAN", "PPID",
                            "PROFIL_PEJABAT", "BAHAN_SOSIALISASI", "VIDEO_TUTORIAL", "KEGIATAN", "LAINNYA"}))
            @QueryParam("type") String type,
            @Parameter(description = "Tahun tanggal dokumen", example = "2023",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1000", maximum = "9999")) @QueryParam("year") String year,
            @Parameter(description = "Kode topik", example = "DBH") @QueryParam("topic") String topic,
            @Parameter(description = "Kata pencarian", example = "penyaluran dana desa") @QueryParam("q") String q,
            @Parameter(description = "Nomor halaman, mulai dari 1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Hasil per halaman",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        PublicationType t = type(type);
        Integer y = year(year);
        String topicCode = topic(topic);
        int p = intParam("page", page, 1, 1, 100_000);
        int s = intParam("size", size, DEFAULT_SIZE, 1, PublicationQuery.MAX_SIZE);
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            throw ApiError.badRequest("q", "Parameter q paling panjang " + MAX_QUERY_LENGTH + " karakter.");
        }
        String base = config.publicBaseUrl();
        if (text.isEmpty()) {
            ResultPage<PublicItem> result = content.visible(new PublicationQuery(t, y, topicCode, p - 1, s));
            return new PublicationPageJson(result.items().stream().map(i -> PublicationJson.of(i, base)).toList(),
                    result.total(), p, s);
        }
        List<PublicationIndex.Hit> hits = content.search(text, t, y, topicCode, MAX_HITS);
        int from = (int) Math.min(hits.size(), (long) (p - 1) * s);
        List<PublicationJson> items = hits.subList(from, Math.min(hits.size(), from + s)).stream()
                .map(h -> content.item(h.id()))
                .flatMap(Optional::stream)
                .map(i -> PublicationJson.of(i, base))
                .toList();
        return new PublicationPageJson(items, hits.size(), p, s);
    }

    private static PublicationType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PublicationType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("type", "Jenis tidak dikenal. Nilai yang sah: "
                    + Arrays.stream(PublicationType.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{4}")) {
            throw ApiError.badRequest("year", "Parameter year harus berupa tahun empat digit.");
        }
        return Integer.valueOf(value.strip());
    }

    private String topic(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (content.isReady() && !content.isTopic(value.strip())) {
            throw ApiError.badRequest("topic", "Kode topik tidak dikenal.");
        }
        return value.strip();
    }

    private static int intParam(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest(name, "Parameter " + name + " harus bilangan bulat dari " + min + " sampai " + max + ".");
    }
}
