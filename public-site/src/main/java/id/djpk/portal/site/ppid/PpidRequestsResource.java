package id.djpk.portal.site.ppid;

import id.djpk.portal.site.api.ApiResponses;
import id.djpk.portal.ppid.InformationRequest;
import id.djpk.portal.ppid.ReleasedInformation;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.ppid.Submission;
import id.djpk.portal.site.web.MultipartForm;
import id.djpk.portal.site.web.Outcome;
import id.djpk.portal.site.web.Pages;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/ppid/requests}: the request form for other systems (a regional portal, a mobile app) with the
 * same rules and the same limit as the page. A request is reached only with its access code, and a wrong
 * code answers exactly like an unknown number.
 */
@Path("ppid/requests")
@RequestScoped
@Tag(name = "PPID", description = "Permohonan informasi publik (UU 14/2008) dan statusnya")
public class PpidRequestsResource {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    private PpidService ppid;

    @Inject
    private PpidIntake intake;

    @Inject
    private id.djpk.portal.system.PortalConfig config;

    @Inject
    private Links links;

    @Context
    private HttpServletRequest servletRequest;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(JSON)
    @Operation(summary = "Ajukan permohonan informasi",
            description = "Isi formulir permohonan (Pasal 22 UU 14/2008) beserta pindaian KTP atau dokumen badan hukum. "
                    + "Pesan kesalahan dalam bahasa Indonesia, atau bahasa Inggris bila Accept-Language mengutamakan en. "
                    + "Paling banyak 5 permohonan per jam dari satu alamat.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = {"name", "address", "occupation", "phone", "information",
                    "purpose", "obtain_method", "delivery_method", "consent", "id_scan"},
            properties = {
                    @SchemaProperty(name = "name", type = SchemaType.STRING, maxLength = 200, description = "Nama lengkap"),
                    @SchemaProperty(name = "nik", type = SchemaType.STRING, pattern = "\\d{16}",
                            description = "NIK 16 angka; wajib kecuali diisi organization_basis"),
                    @SchemaProperty(name = "organization_basis", type = SchemaType.STRING, maxLength = 300,
                            description = "Dasar hukum badan hukum (akta atau keputusan pengesahan)"),
                    @SchemaProperty(name = "address", type = SchemaType.STRING, maxLength = 500),
                    @SchemaProperty(name = "occupation", type = SchemaType.STRING, maxLength = 100),
                    @SchemaProperty(name = "phone", type = SchemaType.STRING, example = "+62 21 345 6789"),
                    @SchemaProperty(name = "email", type = SchemaType.STRING, description = "Wajib bila delivery_method EMAIL"),
                    @SchemaProperty(name = "information", type = SchemaType.STRING, maxLength = 4000),
                    @SchemaProperty(name = "purpose", type = SchemaType.STRING, maxLength = 2000),
                    @SchemaProperty(name = "obtain_method", type = SchemaType.STRING,
                            enumeration = {"SEE", "READ", "HEAR", "NOTE", "SOFTCOPY", "HARDCOPY"}),
                    @SchemaProperty(name = "delivery_method", type = SchemaType.STRING, enumeration = {"PICKUP", "POST", "EMAIL"}),
                    @SchemaProperty(name = "consent", type = SchemaType.BOOLEAN, enumeration = {"true"}),
                    @SchemaProperty(name = "language", type = SchemaType.STRING, enumeration = {"id", "en"},
                            description = "Bahasa e-mail ke pemohon; tanpa ini menurut Accept-Language"),
                    @SchemaProperty(name = "id_scan", type = SchemaType.STRING, format = "binary",
                            description = "JPG, PNG atau PDF, paling besar 5 MB")})))
    @APIResponse(responseCode = "201", description = "Diterima: nomor registrasi, kode akses (hanya diberikan sekali), "
            + "waktu penerimaan dan batas waktu jawaban",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "number", type = SchemaType.STRING, example = "PPID-2026-00001"),
                    @SchemaProperty(name = "accessCode", type = SchemaType.STRING),
                    @SchemaProperty(name = "receivedAt", type = SchemaType.STRING, format = "date-time"),
                    @SchemaProperty(name = "dueDate", type = SchemaType.STRING, format = "date")})))
    @APIResponse(responseCode = "400", description = "Isian tidak sah: {\"errors\": {nama kolom: pesan}}")
    @APIResponse(responseCode = "413", description = "Kiriman atau salah satu isiannya melebihi batas (docs/security.md, Input limits)")
    @APIResponse(responseCode = "429", description = "Batas 5 permohonan per jam dari alamat ini telah tercapai")
    public Response submit() throws IOException {
        Locale locale = ApiResponses.locale(headers);
        return ApiResponses.multipart(servletRequest, PpidIntake.FORM_SPEC, config, locale, input -> submit(input, locale));
    }

    private Response submit(MultipartForm input, Locale locale) throws IOException {
        Outcome<Submission> outcome = intake.submit(input.firstValues(), input.upload("id_scan"), servletRequest, locale);
        if (!outcome.isAccepted()) {
            return ApiResponses.refused(outcome.refusal());
        }
        Submission submission = outcome.accepted();
        InformationRequest stored = ppid.findForRequester(submission.trackingNumber(), submission.accessCode()).orElseThrow();
        JsonObject body = Jsonp.JSON.createObjectBuilder()
                .add("number", submission.trackingNumber())
                .add("accessCode", submission.accessCode())
                .add("receivedAt", ApiResponses.instant(stored.getReceivedAt()))
                .add("dueDate", submission.dueDate().toString())
                .build();
        return Response.status(Response.Status.CREATED).type(JSON).entity(body).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{number}")
    @Produces(JSON)
    @Operation(summary = "Status permohonan informasi",
            description = "Status, batas waktu beserta cara penghitungannya, keputusan PPID bila sudah ada, riwayat "
                    + "permohonan, dan yang diberikan PPID (released: pemberitahuan tertulis, berkas yang diunduh dengan header X-Access-Code yang sama, tautan publikasi). Kode akses yang salah atau tidak ada dijawab sama dengan nomor yang tidak ada.")
    @APIResponse(responseCode = "200", description = "Permohonan ditemukan")
    @APIResponse(responseCode = "404", description = "Tidak ditemukan (nomor tidak ada atau kode akses salah)")
    @APIResponse(responseCode = "429", description = "Terlalu banyak kode akses salah untuk nomor ini dalam satu jam; "
            + "coba lagi setelah Retry-After detik")
    public Response status(
            @Parameter(description = "Nomor registrasi", example = "PPID-2026-00001") @PathParam("number") String number,
            @Parameter(description = "Kode akses yang diterima saat permohonan diajukan", required = true)
            @HeaderParam("X-Access-Code") String accessCode) {
        Locale locale = ApiResponses.locale(headers);
        return ApiResponses.forRequester(accessCode, locale, "ppid.notFound", code -> ppid.findForRequester(number, code),
                r -> ApiResponses.personal(statusBody(r, locale)));
    }

    private JsonObject statusBody(InformationRequest r, Locale locale) {
        ResourceBundle msg = Pages.bundle(locale);
        JsonArrayBuilder timeline = ApiResponses.timeline(r.getPublicEvents(), msg, "ppid.event.");
        JsonObjectBuilder body = Jsonp.JSON.createObjectBuilder()
                .add("number", r.getTrackingNumber())
                .add("status", r.getStatus().name())
                .add("receivedAt", ApiResponses.instant(r.getReceivedAt()))
                .add("dueDate", r.getDueDate().toString())
                .add("dueExplanation", ppid.explainDue(r, locale));
        if (r.getDecision() != null) {
            body.add("decision", r.getDecision().name());
        }
        body.add("timeline", timeline);
        // what the PPID gave: the notice and files (downloaded with the same access code) and publication links
        JsonArrayBuilder released = Jsonp.JSON.createArrayBuilder();
        for (ReleasedInformation i : ppid.releasedTo(r)) {
            released.add(Jsonp.JSON.createObjectBuilder()
                    .add("kind", i.getKind().name())
                    .add("title", i.getTitle())
                    .add("url", i.isFile()
                            ? links.publicBase() + Links.PPID_DOWNLOAD + "?nomor=" + Pages.url(r.getTrackingNumber()) + "&berkas=" + i.getId()
                            : links.publication(i.getSlug())));
        }
        return body.add("released", released).build();
    }
}
