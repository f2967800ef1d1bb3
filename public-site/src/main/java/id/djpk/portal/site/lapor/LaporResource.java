package id.djpk.portal.site.lapor;

import id.djpk.portal.lapor.DeadlineRule;
import id.djpk.portal.lapor.LaporEvent;
import id.djpk.portal.lapor.LaporFile;
import id.djpk.portal.lapor.LaporReceipt;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.lapor.LaporSubmission;
import id.djpk.portal.lapor.LaporType;
import id.djpk.portal.site.api.ApiResponses;
import id.djpk.portal.site.web.MultipartForm;
import id.djpk.portal.site.web.Outcome;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.PortalConfig;
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
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/lapor}: Email Lapor for other systems (a region's own application), with the same rules and allowance as
 * the form page. A submission is reached only with its access code; a wrong code answers as an unknown receipt.
 */
@Path("lapor")
@RequestScoped
@Tag(name = "Email Lapor", description = "Laporan rutin pemerintah daerah: jenis laporan, pengiriman, tanda terima dan status")
public class LaporResource {

    private static final String JSON = ApiResponses.JSON;

    @Inject
    private LaporService lapor;

    @Inject
    private LaporIntake intake;

    @Inject
    private PortalConfig config;

    @Context
    private HttpServletRequest servletRequest;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("types")
    @Produces(JSON)
    @Operation(summary = "Jenis laporan", description = "Kode, nama, unit pemilik, jenis periode, aturan batas waktu "
            + "({\"monthsAfter\": m, \"day\": d}: tanggal d bulan ke-m setelah periode berakhir, digeser ke hari kerja berikutnya; null: tanpa batas waktu), "
            + "jenis berkas yang diterima (accepts: PDF, XLSX, XLS, DOCX, ZIP) dan ukuran paling besar per berkas dalam MB (maxMb).")
    public Response types() {
        JsonArrayBuilder out = Jsonp.JSON.createArrayBuilder();
        for (LaporType t : lapor.activeTypes()) {
            out.add(type(t));
        }
        return Response.ok(out.build(), JSON).build();
    }

    /** A type as the API shows it (and {@code PUT /portal/api/lapor/types/{code}} takes it, without the code). */
    public static JsonObject type(LaporType t) {
        JsonObjectBuilder b = Jsonp.JSON.createObjectBuilder().add("code", t.getCode()).add("name", t.getName())
                .add("unit", t.getUnitCode()).add("period", t.getPeriodKind().name());
        Optional<DeadlineRule> d = t.deadline();
        if (d.isPresent()) {
            b.add("deadline", Jsonp.JSON.createObjectBuilder().add("monthsAfter", d.get().monthsAfter()).add("day", d.get().day()));
        } else {
            b.addNull("deadline");
        }
        return b.add("accepts", Jsonp.JSON.createArrayBuilder(t.accepted().kindNames())).add("maxMb", t.getMaxMb()).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(JSON)
    @Operation(summary = "Kirim laporan", description = "Isian region_code, institution, name, email, phone, report_type, "
            + "period (2024-05, 2024-Q2, 2024-S1 atau 2024 sesuai jenis laporan), note, dan satu atau lebih bagian file "
            + "(PDF, XLSX, XLS, DOCX, ZIP; diperiksa dari isinya; paling besar 50 MB masing-masing).")
    @APIResponse(responseCode = "201", description = "{\"receipt\", \"accessCode\", \"receivedAt\", \"deadline\", \"onTime\"}")
    @APIResponse(responseCode = "400", description = "{\"errors\": {kolom: pesan}}")
    @APIResponse(responseCode = "409", description = "Berkas yang sama untuk daerah, jenis dan periode ini sudah diterima: {\"receipt\": tanda terima sebelumnya}")
    @APIResponse(responseCode = "413", description = "Kiriman melebihi batas")
    @APIResponse(responseCode = "429", description = "Terlalu banyak kiriman dari alamat ini dalam satu jam")
    public Response submit() throws IOException {
        Locale locale = ApiResponses.locale(headers);
        return ApiResponses.multipart(servletRequest, LaporIntake.FORM_SPEC, config, locale, form -> {
            Outcome<LaporIntake.Result> outcome = intake.submit(form, servletRequest, locale);
            if (!outcome.isAccepted()) {
                return ApiResponses.refused(outcome.refusal());
            }
            LaporIntake.Result result = outcome.accepted();
            if (result.earlierReceipt() != null) {
                return Response.status(Response.Status.CONFLICT).type(JSON).entity(Jsonp.JSON.createObjectBuilder()
                        .add("receipt", result.earlierReceipt())
                        .add("message", Messages.text(locale, "lapor.duplicate", result.earlierReceipt())).build()).build();
            }
            LaporReceipt r = result.receipt();
            JsonObjectBuilder body = Jsonp.JSON.createObjectBuilder().add("receipt", r.receipt()).add("accessCode", r.accessCode())
                    .add("receivedAt", ApiResponses.instant(r.receivedAt()));
            if (r.deadline() == null) {
                body.addNull("deadline").addNull("onTime");
            } else {
                body.add("deadline", r.deadline().toString()).add("onTime", r.onTime());
            }
            return Response.status(Response.Status.CREATED).type(JSON).entity(body.build()).build();
        });
    }

    @GET
    @Path("{receipt}")
    @Produces(JSON)
    @Operation(summary = "Status laporan", description = "Dengan header X-Access-Code. Kode yang salah dijawab sama dengan tanda terima yang tidak ada (404).")
    @APIResponse(responseCode = "200", description = "{\"receipt\", \"status\", \"reportType\", \"period\", \"regionCode\", \"files\", \"history\"}")
    @APIResponse(responseCode = "404", description = "Tidak ditemukan (tanda terima tidak ada atau kode akses salah)")
    @APIResponse(responseCode = "429", description = "Terlalu banyak kode akses salah untuk tanda terima ini")
    public Response status(@PathParam("receipt") String receipt, @HeaderParam("X-Access-Code") String accessCode) {
        Locale locale = ApiResponses.locale(headers);
        return found(receipt, accessCode, locale, s -> ApiResponses.personal(status(s)));
    }

    @GET
    @Path("{receipt}/pdf")
    @Produces({"application/pdf", JSON})
    @Operation(summary = "Tanda terima (PDF)", description = "Dengan header X-Access-Code: tanda terima A4 dengan kode QR ke status laporan.")
    @APIResponse(responseCode = "200", description = "PDF")
    @APIResponse(responseCode = "404", description = "Tidak ditemukan (tanda terima tidak ada atau kode akses salah)")
    public Response receiptPdf(@PathParam("receipt") String receipt, @HeaderParam("X-Access-Code") String accessCode) {
        Locale locale = ApiResponses.locale(headers);
        return found(receipt, accessCode, locale, s -> Response.ok(lapor.receiptPdf(s.getReceipt(), accessCode.strip()).orElseThrow(),
                "application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"tanda-terima-" + s.getReceipt() + ".pdf\"").build());
    }

    @POST
    @Path("{receipt}/corrections")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(JSON)
    @Operation(summary = "Kirim perbaikan laporan yang dikembalikan", description = "Dengan header X-Access-Code; "
            + "satu atau lebih bagian file dan note. Perbaikan memakai tanda terima yang sama.")
    @APIResponse(responseCode = "200", description = "Status laporan seperti GET /api/lapor/{receipt}")
    @APIResponse(responseCode = "404", description = "Tidak ditemukan (tanda terima tidak ada atau kode akses salah)")
    @APIResponse(responseCode = "409", description = "Laporan tidak sedang dikembalikan")
    public Response correct(@PathParam("receipt") String receipt, @HeaderParam("X-Access-Code") String accessCode)
            throws IOException {
        Locale locale = ApiResponses.locale(headers);
        return found(receipt, accessCode, locale, s -> {
            if (s.getStatus() != id.djpk.portal.lapor.LaporStatus.RETURNED) {
                return Response.status(Response.Status.CONFLICT).type(JSON)
                        .entity(ApiResponses.message(Messages.text(locale, "lapor.notReturned", s.getReceipt()))).build();
            }
            try {
                return ApiResponses.multipart(servletRequest, LaporIntake.FORM_SPEC, config, locale, form -> {
                    Outcome<LaporSubmission> outcome = intake.correct(s.getReceipt(), accessCode.strip(), form, servletRequest, locale);
                    return outcome.isAccepted() ? Response.ok(status(outcome.accepted()), JSON).build()
                            : ApiResponses.refused(outcome.refusal());
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The submission by its receipt and the region's access code, as {@link ApiResponses#forRequester} answers it. */
    private Response found(String receipt, String accessCode, Locale locale, Function<LaporSubmission, Response> then) {
        return ApiResponses.forRequester(accessCode, locale, "lapor.notFound", code -> lapor.findForRegion(receipt, code), then);
    }

    static JsonObject status(LaporSubmission s) {
        JsonArrayBuilder files = Jsonp.JSON.createArrayBuilder();
        for (LaporFile f : s.getCurrentFiles()) {
            files.add(Jsonp.JSON.createObjectBuilder().add("name", f.getFileName()).add("size", f.getSizeBytes()).add("sha256", f.getSha256()));
        }
        JsonArrayBuilder history = Jsonp.JSON.createArrayBuilder();
        for (LaporEvent e : s.getEvents()) {
            JsonObjectBuilder h = Jsonp.JSON.createObjectBuilder().add("at", ApiResponses.instant(e.getAt()))
                    .add("status", e.kindName());
            if (e.getNote() == null) {
                h.addNull("note");
            } else {
                h.add("note", e.getNote());
            }
            history.add(h);
        }
        return Jsonp.JSON.createObjectBuilder().add("receipt", s.getReceipt()).add("status", s.getStatus().name())
                .add("reportType", s.getTypeCode()).add("period", s.getPeriod()).add("regionCode", s.getRegionCode())
                .add("files", files).add("history", history).build();
    }

}
