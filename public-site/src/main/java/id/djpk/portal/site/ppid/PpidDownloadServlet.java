package id.djpk.portal.site.ppid;

import id.djpk.portal.site.web.Pages;
import id.djpk.portal.system.Links;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.ppid.ReleasedInformation;
import id.djpk.portal.system.TooManyAttemptsException;
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
 * The requester downloads what the PPID gave (the notice, released files) with number and access code: from the
 * status page by a POST form ({@code nomor}, {@code kode}, {@code berkas}), from a script by GET with the code in
 * the {@code X-Access-Code} header, never in the query string. A wrong code, an unknown number and an item not
 * (yet) given all answer 404 alike; too many wrong codes for the number answer 429. Never cached.
 */
@WebServlet(Links.PPID_DOWNLOAD)
public class PpidDownloadServlet extends HttpServlet {


    @Inject
    private PpidService ppid;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        download(request, response, request.getHeader("X-Access-Code"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        download(request, response, request.getParameter("kode"));
    }

    private void download(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        Pages.noStore(response);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String number = request.getParameter("nomor");
        String item = request.getParameter("berkas");
        Optional<ReleasedInformation> found;
        try {
            found = number == null || code == null || item == null || !item.matches("\\d{1,18}")
                    ? Optional.empty() : ppid.releasedFile(number.strip(), code.strip(), Long.parseLong(item));
        } catch (TooManyAttemptsException e) {
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            response.sendError(429);
            return;
        }
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReleasedInformation f = found.get();
        response.setContentType(f.getMediaType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(f.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        try (InputStream in = ppid.open(f); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
