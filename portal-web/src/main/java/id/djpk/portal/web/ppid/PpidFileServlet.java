package id.djpk.portal.web.ppid;

import id.djpk.portal.ppid.InformationRequest;
import id.djpk.portal.ppid.PpidDesk;
import id.djpk.portal.ppid.PpidReleases;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.ppid.ReleasedInformation;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Files of a request for the PPID roles ({@code /ppid/*} is theirs in web.xml): what is prepared or given
 * ({@code ?item=}) and the requester's ID scan ({@code ?identitas=<number>}, audited on every opening).
 * Never cached, always downloaded rather than shown inline.
 */
@WebServlet("/ppid/unduh")
public class PpidFileServlet extends HttpServlet {

    @Inject
    private PpidService ppid;

    @Inject
    private PpidReleases releases;

    @Inject
    private PpidDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String item = request.getParameter("item");
        String number = request.getParameter("identitas");
        if (item != null && item.matches("\\d{1,18}")) {
            Optional<ReleasedInformation> found = releases.fileForStaff(Long.parseLong(item));
            if (found.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            ReleasedInformation f = found.get();
            try (InputStream in = ppid.open(f)) {
                send(response, f.getMediaType(), f.getFileName(), in);
            }
        } else if (number != null) {
            Optional<InformationRequest> found = ppid.find(number).filter(r -> r.getScanKey() != null);
            if (found.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            InformationRequest r = found.get();
            String extension = switch (r.getScanMediaType()) {
                case "image/png" -> ".png";
                case "image/jpeg" -> ".jpg";
                default -> ".pdf";
            };
            try (InputStream in = desk.openIdScan(r)) {
                send(response, r.getScanMediaType(), "identitas-" + r.getTrackingNumber() + extension, in);
            }
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Sends a file as a download that no cache keeps (also the helpdesk's files). */
    public static void send(HttpServletResponse response, String mediaType, String fileName, InputStream in) throws IOException {
        response.setContentType(mediaType);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        try (OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
