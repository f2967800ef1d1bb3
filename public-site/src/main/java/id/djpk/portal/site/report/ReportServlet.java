package id.djpk.portal.site.report;

import id.djpk.portal.report.MonthlyReport;
import id.djpk.portal.report.ReportJson;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.report.ReportText;
import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.system.OfficeClock;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The published monthly reports: {@code /laporan} (the list), {@code /laporan/{YYYY-MM}} (the page with charts)
 * and its downloads {@code /pdf}, {@code /csv} and {@code /json}. A month without a published report is 404.
 */
@WebServlet(urlPatterns = {"/laporan", "/laporan/*"})
public class ReportServlet extends HttpServlet {

    static final String VIEW = "/WEB-INF/views/laporan/laporan.xhtml";
    static final String LIST_VIEW = "/WEB-INF/views/laporan/daftar.xhtml";

    @Inject
    private ReportService reports;
    @Inject
    private OfficeClock clock;

    /** A published report in the list. */
    public static class Item {
        private final String title;
        private final String href;
        private final int revision;

        Item(String title, String href, int revision) {
            this.title = title;
            this.href = href;
            this.revision = revision;
        }

        public String getTitle() { return title; }
        public String getHref() { return href; }
        public int getRevision() { return revision; }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Language language = Language.fromCookies(request.getCookies());
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (info.isEmpty() || "/".equals(info)) {
            List<Item> items = reports.publishedReports().stream().map(r -> new Item(
                    ReportText.title(r.getMonth(), language.locale()), request.getContextPath() + "/laporan/" + r.getMonth(),
                    r.getRevision())).toList();
            request.setAttribute("reports", items);
            request.getRequestDispatcher(LIST_VIEW).forward(request, response);
            return;
        }
        String[] parts = info.substring(1).split("/");
        YearMonth month = ReportsResource.parse(parts[0]);
        Optional<MonthlyReport> published = month == null || parts.length > 2 ? Optional.empty() : reports.published(month);
        if (published.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MonthlyReport report = published.get();
        // a published revision changes only by a correction: a short shared cache is enough
        response.setHeader("Cache-Control", "public, max-age=60");
        String kind = parts.length == 2 ? parts[1] : "";
        switch (kind) {
            case "" -> {
                request.setAttribute("report", new ReportPage(report, language.locale(), clock.zone()));
                request.getRequestDispatcher(VIEW).forward(request, response);
            }
            case "pdf" -> send(response, "application/pdf", ReportService.pdfName(report), reports.pdf(report), true);
            case "csv" -> send(response, "text/csv;charset=UTF-8", ReportService.pdfName(report).replace(".pdf", ".csv"),
                    reports.csv(report), false);
            case "json" -> send(response, "application/json;charset=UTF-8",
                    ReportService.pdfName(report).replace(".pdf", ".json"),
                    ReportJson.published(report).toString().getBytes(StandardCharsets.UTF_8), false);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, String type, String name, byte[] content, boolean inline)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + name + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
