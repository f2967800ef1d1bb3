package id.djpk.portal.site.report;

import id.djpk.portal.report.ReportJson;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.OfficeClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/reports/{YYYY-MM}}: the figures of a published monthly report; 404 for any other month. */
@Path("reports")
@RequestScoped
@Tag(name = "Laporan Layanan Informasi", description = "Angka laporan bulanan layanan informasi DJPK yang telah terbit")
public class ReportsResource {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    private ReportService reports;

    @GET
    @Path("{month}")
    @Produces(JSON)
    @Operation(summary = "Angka laporan bulanan yang telah terbit",
            description = "Setiap angka berupa objek {value, previous, lastYear, changeFromPrevious, changeFromLastYear}: "
                    + "nilai bulan itu, bulan sebelumnya, bulan yang sama tahun lalu, dan perubahannya dalam persen "
                    + "(satu desimal; null bila pembandingnya 0). Kunci antara lain tickets.total, tickets.byChannel.<KODE>, "
                    + "tickets.byCategory.<KODE>, tickets.byTopic.<KODE>, publications.total, events.total, ppid.received, "
                    + "visits.total, videoConferences.total; nilai biasa tickets.serviceHours, tickets.escalated, "
                    + "tickets.ytd, ppid.ytd, visits.ytd; serta state dan revision. Angka yang diisi editor memuat "
                    + "entered dan enteredAt; agen disebut dengan nama tampilannya. notes: kode catatan laporan "
                    + "(HAI_WITH_WEB_FORM: baris tickets.byChannel.HELPDESK, HAI Kemenkeu, mencakup tiket formulir web).")
    @APIResponse(responseCode = "200", description = "Laporan terbit (revisi terakhir yang terbit)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "month", type = SchemaType.STRING, example = "2026-10"),
                    @SchemaProperty(name = "state", type = SchemaType.STRING, example = "PUBLISHED"),
                    @SchemaProperty(name = "revision", type = SchemaType.INTEGER, example = "1"),
                    @SchemaProperty(name = "tickets.total", type = SchemaType.OBJECT),
                    @SchemaProperty(name = "tickets.ytd", type = SchemaType.INTEGER)})))
    @APIResponse(responseCode = "404", description = "Belum ada laporan terbit untuk bulan itu, atau bulan tidak berbentuk YYYY-MM")
    public Response get(@Parameter(description = "Bulan laporan", example = "2026-10") @PathParam("month") String month) {
        YearMonth m = parse(month);
        if (m == null) {
            return notFound();
        }
        return reports.published(m).map(r -> Response.ok(ReportJson.published(r)).build()).orElseGet(ReportsResource::notFound);
    }

    /** The month of an address, or null when it is not one (the address then answers 404). */
    static YearMonth parse(String month) {
        try {
            return OfficeClock.parseMonth(month);
        } catch (OfficeClock.MonthFormatException e) {
            return null;
        }
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type(JSON)
                .entity(Jsonp.JSON.createObjectBuilder().add("error", "not found").build()).build();
    }
}
