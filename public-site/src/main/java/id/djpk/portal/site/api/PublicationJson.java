package id.djpk.portal.site.api;

import id.djpk.portal.publication.PublicFile;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.site.publication.Links;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A publication in the publications API. */
@Schema(name = "Publication")
@JsonbNillable
@JsonbPropertyOrder({"id", "type", "typeLabel", "title", "slug", "url", "date", "summary", "topics", "citation",
        "legalStatus", "files"})
public class PublicationJson {

    @Schema(example = "1024")
    public long id;
    @Schema(description = "Jenis publikasi (nama konstanta)", example = "PERATURAN")
    public String type;
    @Schema(example = "Peraturan")
    public String typeLabel;
    public String title;
    @Schema(example = "pmk-nomor-206-pmk-07-2020-tentang-penggunaan-pemantauan-dan-evaluasi-dbh-cht")
    public String slug;
    @Schema(description = "Alamat halaman rincian")
    public String url;
    @Schema(description = "Tanggal dokumen, yyyy-MM-dd", example = "2021-01-04")
    public String date;
    public String summary;
    @Schema(description = "Kode topik", example = "[\"DBH\"]")
    public List<String> topics;
    @Schema(description = "Sitasi peraturan; null untuk jenis lain", example = "PMK Nomor 206/PMK.07/2020 Tahun 2020")
    public String citation;
    @Schema(description = "Status peraturan; null untuk jenis lain", enumeration = {"BERLAKU", "DIUBAH", "DICABUT"})
    public String legalStatus;
    @Schema(type = SchemaType.ARRAY, implementation = FileJson.class)
    public List<FileJson> files;

    /** An attachment. */
    @Schema(name = "PublicationFile")
    @JsonbPropertyOrder({"name", "mediaType", "size", "sha256", "url"})
    public static class FileJson {
        @Schema(example = "PMK-206-2020.pdf")
        public String name;
        @Schema(example = "application/pdf")
        public String mediaType;
        @Schema(description = "Ukuran dalam bita")
        public long size;
        public String sha256;
        @Schema(description = "Alamat unduhan")
        public String url;
    }

    /** @param baseUrl the public site's address without a trailing slash */
    public static PublicationJson of(PublicItem item, String baseUrl) {
        PublicationJson j = new PublicationJson();
        j.id = item.id();
        j.type = item.type().name();
        j.typeLabel = item.type().labelId();
        j.title = item.title();
        j.slug = item.slug();
        j.url = baseUrl + Links.detail(item.slug());
        j.date = item.docDate().toString();
        j.summary = item.summary();
        j.topics = item.topics().stream().sorted().toList();
        j.citation = item.citation();
        j.legalStatus = item.legalStatus() == null ? null : item.legalStatus().name();
        j.files = item.files().stream().map(f -> file(f, baseUrl)).toList();
        return j;
    }

    private static FileJson file(PublicFile f, String baseUrl) {
        FileJson j = new FileJson();
        j.name = f.fileName();
        j.mediaType = f.mediaType();
        j.size = f.sizeBytes();
        j.sha256 = f.sha256();
        j.url = baseUrl + Links.download(f.id(), f.fileName());
        return j;
    }
}
