package id.djpk.portal.web.lapor;

import id.djpk.portal.email.InboundEmail;
import id.djpk.portal.email.LaporMailbox;
import id.djpk.portal.web.ppid.PpidFileServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * A file of an e-mailed report, for the person classifying it ({@code /lapor/surel-berkas?surel=<id>&berkas=<n>};
 * {@code /lapor/*} is agents', Layer 2's and administrators' in web.xml, and any of them may classify). The file is
 * not checked yet (it is when the report is recorded), so it is never shown in the browser: always downloaded,
 * never cached, as {@code application/octet-stream}.
 */
@WebServlet("/lapor/surel-berkas")
public class LaporEmailFileServlet extends HttpServlet {

    @Inject
    private LaporMailbox mailbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String id = request.getParameter("surel");
        String index = request.getParameter("berkas");
        Optional<InboundEmail.Attachment> found = id != null && id.matches("\\d{1,18}") && index != null && index.matches("\\d{1,3}")
                ? mailbox.attachment(Long.parseLong(id), Integer.parseInt(index)) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        InboundEmail.Attachment a = found.get();
        PpidFileServlet.send(response, "application/octet-stream", a.fileName(), new ByteArrayInputStream(a.content()));
    }
}
