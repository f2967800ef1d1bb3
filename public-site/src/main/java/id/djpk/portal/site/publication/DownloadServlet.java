package id.djpk.portal.site.publication;

import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.publication.Attachment;
import id.djpk.portal.publication.PublicationService;
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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code /berkas/{attachmentId}/{fileName}}: a file of a visible publication. The name in the
 * address is for the reader; the id decides. Files of drafts and withdrawn publications are 404.
 * Browsers revalidate every time (the ETag is the file's SHA-256), so a withdrawn file is not
 * served from their cache.
 */
@WebServlet("/berkas/*")
public class DownloadServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(DownloadServlet.class.getName());

    @Inject
    private PublicationService publications;

    @Inject
    private DocumentStore documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        Long id = attachmentId(info);
        Optional<Attachment> found = id == null ? Optional.empty() : publications.visibleAttachment(id);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment a = found.get();
        String requestedName = info.substring(info.indexOf('/', 1) + 1);
        if (!requestedName.equals(a.getFileName())) {
            // an old or shortened link: send the reader to the file's one address
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + Links.download(a.getId(), a.getFileName()));
            return;
        }
        Path file = documents.pathOf(a.getStorageKey());
        String etag = "\"" + a.getSha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            LOG.warning(() -> "Stored file missing for attachment " + a.getId() + ": " + a.getStorageKey());
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(a.getMediaType());
        response.setContentLengthLong(size);
        response.setHeader("Content-Disposition", disposition(a.getMediaType(), a.getFileName()));
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (InputStream in = Files.newInputStream(file); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** "/1234/Laporan 2024.pdf" → 1234; null when the address is not of that shape. */
    static Long attachmentId(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 4) {
            return null;
        }
        int slash = pathInfo.indexOf('/', 1);
        if (slash < 2 || slash == pathInfo.length() - 1) {
            return null;
        }
        String digits = pathInfo.substring(1, slash);
        if (digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(digits);
    }

    /**
     * PDFs open in the browser; everything else is saved. The name is given twice (RFC 6266): plain
     * ASCII for old clients and UTF-8 for the rest.
     */
    static String disposition(String mediaType, String fileName) {
        String kind = "application/pdf".equals(mediaType) ? "inline" : "attachment";
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
