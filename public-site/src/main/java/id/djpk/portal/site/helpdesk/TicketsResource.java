package id.djpk.portal.site.helpdesk;

import id.djpk.portal.site.api.ApiResponses;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.Opened;
import id.djpk.portal.system.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import id.djpk.portal.site.web.InputTooLargeException;
import id.djpk.portal.site.web.MalformedFormException;
import id.djpk.portal.site.web.Outcome;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/tickets}: the "Buat Tiket" form for other systems, with the same rules. The answer carries
 * the ticket number and the access code, which is given this once.
 */
@Path("tickets")
@RequestScoped
@Tag(name = "Tiket", description = "Pertanyaan kepada contact center Dering DJPK")
public class TicketsResource {

    private static final String JSON = ApiResponses.JSON;

    @Inject
    private TicketIntake tickets;

    @Context
    private jakarta.servlet.http.HttpServletRequest servletRequest;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    @Operation(summary = "Buat tiket", description = "Nama, email, subjek dan pesan wajib diisi; kode wilayah (seperti "
            + "32.73), instansi dan telepon boleh kosong. Jawaban dibaca dan dibalas melalui tautan yang dikirim ke email.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = {"name", "email", "subject", "message"}, properties = {
                    @SchemaProperty(name = "name", type = SchemaType.STRING, maxLength = 200),
                    @SchemaProperty(name = "email", type = SchemaType.STRING),
                    @SchemaProperty(name = "subject", type = SchemaType.STRING, maxLength = 300),
                    @SchemaProperty(name = "message", type = SchemaType.STRING, maxLength = 20000),
                    @SchemaProperty(name = "region_code", type = SchemaType.STRING, example = "32.73"),
                    @SchemaProperty(name = "institution", type = SchemaType.STRING, maxLength = 300),
                    @SchemaProperty(name = "phone", type = SchemaType.STRING),
                    @SchemaProperty(name = "language", type = SchemaType.STRING, enumeration = {"id", "en"},
                            description = "Bahasa e-mail ke pemohon; tanpa ini menurut Accept-Language")})))
    @APIResponse(responseCode = "201", description = "Tiket dibuat: nomor dan kode akses (hanya diberikan sekali)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "number", type = SchemaType.STRING, example = "TIK-2026-000001"),
                    @SchemaProperty(name = "accessCode", type = SchemaType.STRING)})))
    @APIResponse(responseCode = "400", description = "Isian tidak sah: {\"errors\": {nama kolom: pesan}}")
    @APIResponse(responseCode = "413", description = "Badan permintaan melebihi 256 KB")
    @APIResponse(responseCode = "429", description = "Batas tiket per jam dari alamat ini telah tercapai")
    public Response create(InputStream body) throws java.io.IOException {
        Locale locale = ApiResponses.locale(headers);
        JsonObject in;
        try {
            in = ApiResponses.readObject(body);
        } catch (InputTooLargeException e) {
            return ApiResponses.tooLarge(locale, e);
        } catch (MalformedFormException e) {
            return ApiResponses.malformed(locale);
        }
        Intake intake = Intake.webForm(text(in, "name"), text(in, "email"), text(in, "subject"), text(in, "message"),
                text(in, "region_code"), text(in, "institution"), text(in, "phone")).inLanguage(text(in, "language"));
        Outcome<Opened> outcome = tickets.submit(intake, servletRequest, locale);
        if (!outcome.isAccepted()) {
            return ApiResponses.refused(outcome.refusal());
        }
        JsonObject answer = Jsonp.JSON.createObjectBuilder().add("number", outcome.accepted().number())
                .add("accessCode", outcome.accepted().accessCode()).build();
        return Response.status(Response.Status.CREATED).type(JSON).header("Cache-Control", "no-store")
                .entity(answer).build();
    }

    private static String text(JsonObject in, String key) {
        JsonValue v = in.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

}
