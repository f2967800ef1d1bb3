package id.djpk.portal.site.letter;

import id.djpk.portal.site.api.ApiResponses;
import id.djpk.portal.letter.LetterCheck;
import id.djpk.portal.letter.LetterService;
import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.system.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/letters/verify}: is this letter really from DJPK? */
@Path("letters")
@RequestScoped
@Tag(name = "Cek Keaslian Surat", description = "Pemeriksaan surat keluar DJPK menurut nomor, tanggal atau berkasnya")
public class LettersResource {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    private LetterService letters;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("verify")
    @Produces(JSON)
    @Operation(summary = "Periksa keaslian surat DJPK",
            description = "Dengan nomor (dan tanggal) surat, atau dengan SHA-256 berkas PDF-nya. Asli: perihal, tanggal, "
                    + "tujuan, dan tautan berkas resmi bila berkasnya terbuka untuk umum. Tidak ditemukan: genuine false, "
                    + "peringatan, dan ke mana surat palsu dilaporkan.")
    @APIResponse(responseCode = "200", description = "Hasil pemeriksaan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "genuine", type = SchemaType.BOOLEAN),
                    @SchemaProperty(name = "number", type = SchemaType.STRING, example = "S-146/PK/2023"),
                    @SchemaProperty(name = "date", type = SchemaType.STRING, format = "date"),
                    @SchemaProperty(name = "subject", type = SchemaType.STRING),
                    @SchemaProperty(name = "addressee", type = SchemaType.STRING),
                    @SchemaProperty(name = "sha256", type = SchemaType.STRING),
                    @SchemaProperty(name = "fileUrl", type = SchemaType.STRING),
                    @SchemaProperty(name = "publicationUrl", type = SchemaType.STRING),
                    @SchemaProperty(name = "message", type = SchemaType.STRING),
                    @SchemaProperty(name = "reportUrl", type = SchemaType.STRING)})))
    @APIResponse(responseCode = "400", description = "Tanpa nomor dan tanpa sha256, atau tanggal tidak sah")
    public Response verify(
            @Parameter(description = "Nomor surat", example = "S-146/PK/2023") @QueryParam("number") String number,
            @Parameter(description = "Tanggal surat (YYYY-MM-DD)") @QueryParam("date") String dateText,
            @Parameter(description = "SHA-256 berkas PDF (64 digit heksadesimal)") @QueryParam("sha256") String sha256) {
        Locale locale = ApiResponses.locale(headers);
        boolean byNumber = number != null && !number.isBlank();
        boolean byHash = sha256 != null && !sha256.isBlank();
        if (!byNumber && !byHash) {
            return bad("number", text(locale, "letter.api.numberRequired"));
        }
        LocalDate date = null;
        if (dateText != null && !dateText.isBlank()) {
            try {
                date = LocalDate.parse(dateText.trim());
            } catch (DateTimeParseException e) {
                return bad("date", text(locale, "letter.api.dateInvalid"));
            }
        }
        LetterCheck c = byNumber ? letters.verify(number, date) : letters.verifyHash(sha256);
        return Response.ok(json(c, locale).build(), JSON).build();
    }

    /** The answer of the API, and the same facts the page shows. */
    static JsonObjectBuilder json(LetterCheck c, Locale locale) {
        JsonObjectBuilder b = Jsonp.JSON.createObjectBuilder().add("genuine", c.genuine());
        if (c.number() != null) {
            b.add("number", c.number());
        }
        if (c.date() != null) {
            b.add("date", c.date().toString());
        }
        if (c.genuine()) {
            b.add("subject", c.subject()).add("addressee", c.addressee());
            if (c.sha256() != null) {
                b.add("sha256", c.sha256());
            }
            if (c.fileId() != null) {
                b.add("fileUrl", LetterServlet.fileUrl(c));
            }
            if (c.publicationSlug() != null) {
                b.add("publicationUrl", "/publikasi/" + c.publicationSlug());
            }
        } else {
            b.add("message", text(locale, "letter.notGenuine")).add("reportUrl", LetterServlet.REPORT_URL);
        }
        return b;
    }

    private static Response bad(String parameter, String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(JSON)
                .entity(Jsonp.JSON.createObjectBuilder().add("message", message).add("parameter", parameter).build()).build();
    }

    static String text(Locale locale, String key) {
        return ResourceBundle.getBundle("id.djpk.portal.site.i18n.messages", locale, LettersResource.class.getClassLoader())
                .getString(key);
    }
}
