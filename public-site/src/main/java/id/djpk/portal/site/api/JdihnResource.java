package id.djpk.portal.site.api;

import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationQuery;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.ResultPage;
import id.djpk.portal.system.PortalConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/jdihn}: every visible regulation as a JDIHN record, newest first. */
@Path("jdihn")
@RequestScoped
@Tag(name = "JDIHN", description = "Metadata peraturan dalam format Jaringan Dokumentasi dan Informasi Hukum Nasional")
public class JdihnResource {

    @Inject
    private PublicationService publications;

    @Inject
    private PortalConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "Metadata peraturan untuk JDIHN",
            description = "Satu objek per peraturan yang telah terbit, dengan kunci tetap: idData, judul, jenis, "
                    + "singkatanJenis, noPeraturan, tahun_pengundangan, tanggal_pengundangan, tanggal_penetapan, sumber, "
                    + "subjek, status, bahasa, teuBadan, bidangHukum, urlDownload, fileDownload, urlDetailPeraturan, "
                    + "abstrak. Semua nilai berupa teks; tanggal dalam format yyyy-MM-dd; status Berlaku, Diubah atau Dicabut.")
    @APIResponse(responseCode = "200", description = "Daftar peraturan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = JdihnSchema.class)))
    public List<Map<String, String>> regulations() {
        String base = config.publicBaseUrl();
        List<Map<String, String>> records = new ArrayList<>();
        int page = 0;
        ResultPage<PublicItem> result;
        do {
            result = publications.visible(new PublicationQuery(PublicationType.PERATURAN, null, null, page++,
                    PublicationQuery.MAX_SIZE));
            result.items().forEach(item -> records.add(JdihnRecord.of(item, base)));
        } while (result.hasNext());
        return records;
    }

    /** Documents the record for {@code /openapi}; the answer itself is built by {@link JdihnRecord}. */
    @Schema(name = "JdihnRecord")
    public static class JdihnSchema {
        @Schema(example = "1024") public String idData;
        @Schema(example = "PMK Nomor 206/PMK.07/2020 tentang Penggunaan, Pemantauan, dan Evaluasi DBH CHT") public String judul;
        @Schema(example = "Peraturan Menteri Keuangan") public String jenis;
        @Schema(example = "PMK") public String singkatanJenis;
        @Schema(example = "206/PMK.07/2020") public String noPeraturan;
        @Schema(example = "2020") public String tahun_pengundangan;
        @Schema(description = "yyyy-MM-dd atau kosong") public String tanggal_pengundangan;
        @Schema(description = "yyyy-MM-dd atau kosong") public String tanggal_penetapan;
        public String sumber;
        public String subjek;
        @Schema(enumeration = {"Berlaku", "Diubah", "Dicabut"}) public String status;
        @Schema(example = "Bahasa Indonesia") public String bahasa;
        public String teuBadan;
        public String bidangHukum;
        @Schema(description = "Alamat lengkap berkas PDF pertama, atau kosong") public String urlDownload;
        public String fileDownload;
        public String urlDetailPeraturan;
        public String abstrak;
    }
}
