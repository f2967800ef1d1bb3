package id.djpk.portal.web.report;

import id.djpk.portal.report.ReportJson;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.OfficeClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;

/**
 * The monthly report for the editors (report editors and administrators, by web.xml), in any state:
 * {@code GET /portal/api/reports/{YYYY-MM}} (a month without a report gets its draft compiled first) and
 * {@code POST /portal/api/reports/{YYYY-MM}/refresh} (drafts only; 409 otherwise) and
 * {@code GET /portal/api/reports/{YYYY-MM}/pdf} (the latest revision as A4 PDF, also a draft's, to read it before
 * publishing).
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    private ReportService reports;

    @GET
    @Path("{month}")
    public Response get(@PathParam("month") String month) {
        YearMonth m = month(month);
        try {
            long start = System.nanoTime();
            var report = reports.open(m);
            return Response.ok(ReportJson.of(report)).header(SERVER_TIMING, timing("compile", start)).build();
        } catch (BusinessException e) {
            return conflict(e, Response.Status.NOT_FOUND);
        }
    }

    @POST
    @Path("{month}/refresh")
    public Response refresh(@PathParam("month") String month) {
        YearMonth m = month(month);
        if (reports.find(m).isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).entity(error("report.notFound")).build();
        }
        try {
            long start = System.nanoTime();
            var report = reports.refresh(m);
            return Response.ok(ReportJson.of(report)).header(SERVER_TIMING, timing("compile", start)).build();
        } catch (BusinessException e) {
            return conflict(e, Response.Status.CONFLICT);
        }
    }

    @GET
    @Path("{month}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("month") String month) {
        YearMonth m = month(month);
        long start = System.nanoTime();
        return reports.find(m)
                .map(r -> Response.ok(reports.pdf(r)).header(SERVER_TIMING, timing("pdf", start)).header("Content-Disposition",
                        "inline; filename=\"" + ReportService.pdfName(r) + "\"").header("Cache-Control", "no-store").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(error("report.notFound")).build());
    }

    /**
     * W3C Server-Timing: how long the service took (reading the data, compiling and storing the figures, or
     * rendering the PDF), without sign-in and transport; shown by browsers' developer tools, read by the benchmark.
     */
    static final String SERVER_TIMING = "Server-Timing";

    static String timing(String name, long startNanos) {
        return String.format(java.util.Locale.ROOT, "%s;dur=%.1f", name, (System.nanoTime() - startNanos) / 1e6);
    }

    static YearMonth month(String month) {
        try {
            return OfficeClock.parseMonth(month);
        } catch (OfficeClock.MonthFormatException e) {
            // answered as JSON by ApiExceptionMapper, like every other error of the staff API
            throw new jakarta.ws.rs.BadRequestException("month must be YYYY-MM");
        }
    }

    private static Response conflict(BusinessException e, Response.Status status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error(e.getKey())).build();
    }

    private static JsonObject error(String message) {
        return Jsonp.JSON.createObjectBuilder().add("error", message).build();
    }
}
