package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.TicketAttachment;
import id.djpk.portal.helpdesk.TicketFiles;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.web.ppid.PpidFileServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * The files of a ticket's thread for agents and administrators ({@code /helpdesk/*} is theirs in web.xml): an
 * attachment ({@code ?lampiran=<id>}) and an e-mail as it arrived ({@code ?eml=<message id>}). Every opening is
 * audited ({@link TicketFiles}); never cached, always downloaded rather than shown inline.
 */
@WebServlet("/helpdesk/berkas")
public class TicketFileServlet extends HttpServlet {

    @Inject
    private TicketFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String attachment = request.getParameter("lampiran");
        String raw = request.getParameter("eml");
        if (attachment != null && attachment.matches("\\d{1,18}")) {
            Optional<TicketAttachment> found = files.openAttachment(Long.parseLong(attachment));
            if (found.isPresent()) {
                TicketAttachment a = found.get();
                try (InputStream in = files.content(a.getStorageKey())) {
                    PpidFileServlet.send(response, a.getMediaType(), a.getFileName(), in);
                }
                return;
            }
        } else if (raw != null && raw.matches("\\d{1,18}")) {
            Optional<TicketMessage> found = files.openRaw(Long.parseLong(raw));
            if (found.isPresent()) {
                TicketMessage m = found.get();
                InputStream in;
                try {
                    in = files.content(m.getRawKey());
                } catch (IllegalArgumentException | NoSuchFileException e) {
                    // a raw form not (or no longer) in the document store: nothing to send
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                try (in) {
                    PpidFileServlet.send(response, "message/rfc822", m.getTicket().getNumber() + "-" + m.getId() + ".eml", in);
                }
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
