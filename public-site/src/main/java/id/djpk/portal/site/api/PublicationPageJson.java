package id.djpk.portal.site.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the publications API. */
@Schema(name = "PublicationPage")
@JsonbPropertyOrder({"items", "total", "page", "size"})
public class PublicationPageJson {

    @Schema(type = SchemaType.ARRAY, implementation = PublicationJson.class)
    public List<PublicationJson> items;
    @Schema(description = "Jumlah seluruh hasil")
    public long total;
    @Schema(description = "Nomor halaman, mulai dari 1")
    public int page;
    @Schema(description = "Jumlah hasil per halaman")
    public int size;

    public PublicationPageJson() {
    }

    PublicationPageJson(List<PublicationJson> items, long total, int page, int size) {
        this.items = items;
        this.total = total;
        this.page = page;
        this.size = size;
    }
}
