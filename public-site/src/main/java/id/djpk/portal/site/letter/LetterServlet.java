package id.djpk.portal.site.letter;

import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.letter.Letter;
import id.djpk.portal.letter.LetterCheck;
import id.djpk.portal.letter.LetterService;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.site.web.InputTooLargeException;
import id.djpk.portal.site.web.MalformedFormException;
import id.djpk.portal.site.web.MultipartForm;
import id.djpk.portal.site.web.RequestLimits;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * "Cek Keaslian Surat" ({@code /cek-surat}): a letter's number and date, or its PDF, against DJPK's register.
 * The QR code of every letter the portal generates opens this page with number and date filled in. The
 * register's public PDFs are served at {@code /cek-surat/berkas/<id>/<name>}.
 */
// the upload's multipart body is read by MultipartForm (the file on disk up to its limit), not by the container
@WebServlet(urlPatterns = {LetterServlet.PATH, LetterServlet.FILES + "*"})
public class LetterServlet extends HttpServlet {

    static final String PATH = "/cek-surat";
    static final String FILES = "/cek-surat/berkas/";
    /** Where a fake letter is reported: the contact channels of SE-2/PK.1/2024 E.5, listed on the page. */
    static final String REPORT_URL = PATH + "#lapor";
    static final String VIEW = "/WEB-INF/views/cek-surat.xhtml";

    @Inject
    private LetterService letters;

    @Inject
    private DocumentStore documents;

    @Inject
    private PortalConfig config;

    /** The check's upload: one PDF up to the register's limit, hashed on the way through. */
    static final MultipartForm.Spec FORM_SPEC = new MultipartForm.Spec(
            java.util.Map.of("berkas", LetterService.MAX_BYTES), java.util.Set.of());

    static String fileUrl(LetterCheck c) {
        return FILES + c.fileId() + "/" + URLEncoder.encode(c.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (request.getRequestURI().startsWith(request.getContextPath() + FILES)) {
            download(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        Language language = Language.fromCookies(request.getCookies());
        CheckView view = new CheckView(trim(request.getParameter("nomor")), trim(request.getParameter("tanggal")));
        if (!view.number.isEmpty()) {
            LocalDate date = null;
            if (!view.date.isEmpty()) {
                try {
                    date = LocalDate.parse(view.date);
                } catch (DateTimeParseException e) {
                    view.error = LettersResource.text(language.locale(), "letter.api.dateInvalid");
                }
            }
            if (view.error == null) {
                show(view, letters.verify(view.number, date), language);
            }
        }
        render(request, response, view);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        Language language = Language.fromCookies(request.getCookies());
        CheckView view = new CheckView("", "");
        view.byFile = true;
        try (MultipartForm body = MultipartForm.read(request, FORM_SPEC, config)) {
            MultipartForm.Upload pdf = body.upload("berkas");
            if (pdf == null) {
                view.error = LettersResource.text(language.locale(), "letter.page.fileRequired");
            } else {
                try (InputStream in = pdf.open()) {
                    show(view, letters.verifyFile(in), language);
                }
            }
        } catch (InputTooLargeException e) {
            view.error = RequestLimits.message(language.locale(), e);
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } catch (MalformedFormException e) {
            view.error = RequestLimits.malformed(language.locale());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (BusinessException e) {
            view.error = Messages.text(language.locale(), e);
        }
        render(request, response, view);
    }

    private static void show(CheckView view, LetterCheck c, Language language) {
        Formats formats = Formats.of(language);
        view.checked = true;
        view.genuine = c.genuine();
        if (c.genuine()) {
            view.foundNumber = c.number();
            view.foundDate = formats.date(c.date());
            view.subject = c.subject();
            view.addressee = c.addressee();
            view.sha256 = c.sha256();
            view.fileUrl = c.fileId() == null ? null : fileUrl(c);
            view.publicationUrl = c.publicationSlug() == null ? null : "/publikasi/" + c.publicationSlug();
        }
    }

    private void download(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = request.getRequestURI().substring((request.getContextPath() + FILES).length());
        int slash = rest.indexOf('/');
        Optional<Letter> letter;
        try {
            letter = letters.findById(Long.parseLong(slash < 0 ? rest : rest.substring(0, slash)));
        } catch (NumberFormatException e) {
            letter = Optional.empty();
        }
        // the check decides: a notice withdrawn from the site no longer offers its file
        if (letter.isEmpty() || !letter.get().isPublicFile()
                || letters.verify(letter.get().getNumber(), letter.get().getLetterDate()).fileId() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = documents.open(letter.get().getFileKey()); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static void render(HttpServletRequest request, HttpServletResponse response, CheckView view)
            throws IOException, ServletException {
        request.setAttribute("letterCheck", view);
        request.getRequestDispatcher(VIEW).forward(request, response);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    /** The page's model. */
    public static class CheckView {
        private final String number;
        private final String date;
        boolean byFile;
        boolean checked;
        boolean genuine;
        String error;
        String foundNumber;
        String foundDate;
        String subject;
        String addressee;
        String sha256;
        String fileUrl;
        String publicationUrl;

        CheckView(String number, String date) {
            this.number = number;
            this.date = date;
        }

        public String getNumber() { return number; }
        public String getDate() { return date; }
        public boolean isByFile() { return byFile; }
        public boolean isChecked() { return checked; }
        public boolean isGenuine() { return genuine; }
        public String getError() { return error; }
        public String getFoundNumber() { return foundNumber; }
        public String getFoundDate() { return foundDate; }
        public String getSubject() { return subject; }
        public String getAddressee() { return addressee; }
        public String getSha256() { return sha256; }
        public String getFileUrl() { return fileUrl; }
        public String getPublicationUrl() { return publicationUrl; }
        public String getReportUrl() { return REPORT_URL; }
    }
}
