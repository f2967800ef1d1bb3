package id.djpk.portal.web.lapor;

import id.djpk.portal.lapor.LaporDesk;
import id.djpk.portal.lapor.LaporFile;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.web.helpdesk.StaffUnit;
import id.djpk.portal.web.ppid.PpidFileServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A report's file for staff ({@code /lapor/unduh?berkas=<id>}; {@code /lapor/*} is theirs in web.xml): a Layer 2
 * account only its unit's. Never cached, always downloaded.
 */
@WebServlet("/lapor/unduh")
public class LaporFileServlet extends HttpServlet {

    @Inject
    private LaporService lapor;

    @Inject
    private LaporDesk desk;

    @Inject
    private StaffUnit unit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String id = request.getParameter("berkas");
        Optional<LaporFile> found = id != null && id.matches("\\d{1,18}") ? lapor.file(Long.parseLong(id)) : Optional.empty();
        boolean all = request.isUserInRole("ADMIN") || request.isUserInRole("AGENT");
        if (found.isEmpty() || !(all || desk.mayDecide(found.get().getSubmission(), new LaporDesk.Reviewer(unit.getCode(), false)))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LaporFile f = found.get();
        try (InputStream in = lapor.open(f)) {
            PpidFileServlet.send(response, f.getMediaType(), f.getFileName(), in);
        }
    }
}
