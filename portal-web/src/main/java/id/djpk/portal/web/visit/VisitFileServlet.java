package id.djpk.portal.web.visit;

import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.visit.Visit;
import id.djpk.portal.visit.VisitReport;
import id.djpk.portal.visit.VisitService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The files of a booking for the desk ({@code /kunjungan/berkas?kode=&jenis=}): the request letter
 * ({@code surat}), the confirmation letter as sent ({@code konfirmasi}), the minutes ({@code bak}) and the
 * attendance list ({@code hadir}). Restricted like every page under {@code /kunjungan/} (web.xml).
 */
@WebServlet("/kunjungan/berkas")
public class VisitFileServlet extends HttpServlet {

    @Inject
    private VisitService visits;

    @Inject
    private VisitReport report;

    @Inject
    private DocumentStore documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Visit> visit = visits.find(request.getParameter("kode"));
        String kind = String.valueOf(request.getParameter("jenis"));
        if (visit.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Visit v = visit.get();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if ("konfirmasi".equals(kind)) {
            Optional<byte[]> pdf = report.confirmationPdf(v.getBookingCode());
            if (pdf.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"konfirmasi-" + v.getBookingCode() + ".pdf\"");
            response.getOutputStream().write(pdf.get());
            return;
        }
        String key = switch (kind) {
            case "surat" -> v.getLetterKey();
            case "bak" -> v.getMinutesKey();
            case "hadir" -> v.getAttendanceKey();
            default -> null;
        };
        if (key == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] head;
        try (InputStream in = documents.open(key)) {
            head = in.readNBytes(4);
        }
        response.setContentType(head.length == 4 && head[0] == '%' && head[1] == 'P' ? "application/pdf"
                : head.length > 1 && (head[0] & 0xFF) == 0xFF ? "image/jpeg" : "image/png");
        response.setHeader("Content-Disposition", "inline");
        try (InputStream in = documents.open(key); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
