package id.djpk.portal.site.web;

import id.djpk.portal.lapor.AcceptedFiles;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.system.Links;
import id.djpk.portal.letter.LetterService;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.visit.VisitService;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * How much a public request may send: the one table of the public site's input limits (docs/security.md,
 * "Input limits"). Every text field is read into memory only up to {@link #TEXT_BYTES} (the long texts of a
 * form up to {@link #LONG_TEXT_BYTES}); files go to disk up to their own limit; a whole body is refused
 * beyond {@link #bodyLimit} before it is read ({@link RequestSizeFilter}, {@link MultipartForm}).
 */
public final class RequestLimits {

    /** A short text field (name, e-mail, codes, dates): far more than any of them may hold. */
    public static final int TEXT_BYTES = 8 * 1024;
    /** A long text (a question, a message, a reason): 20.000 characters of any script fit. */
    public static final int LONG_TEXT_BYTES = 64 * 1024;
    /** Bodies without files: JSON and ordinary (URL-encoded) forms. */
    public static final long FORM_BODY_BYTES = 256 * 1024;

    /** The long text fields of the public forms and APIs. */
    public static final java.util.Set<String> LONG_TEXTS = java.util.Set.of("information", "purpose", "message",
            "reason", "comment", "guests", "organization_basis", "address", "note");

    private static final long MB = 1024 * 1024;

    /**
     * Bodies with a file: twice the file's limit and one MB for the fields, so that a file somewhat over its
     * limit is still read (and refused beside its field) while a body far over it is refused unread.
     */
    private static final Map<String, Long> UPLOADS = Map.of(
            Links.PPID_FORM, upload(PpidService.ID_SCAN_MAX_BYTES),
            "/api/ppid/requests", upload(PpidService.ID_SCAN_MAX_BYTES),
            Links.VISIT_FORM, upload(VisitService.LETTER_MAX_BYTES),
            "/api/visits", upload(VisitService.LETTER_MAX_BYTES),
            Links.LETTER_CHECK, LetterService.MAX_BYTES + MB);

    /**
     * Email Lapor takes up to {@value id.djpk.portal.lapor.LaporService#MAX_FILES} files of up to 50 MB each: a
     * submission or a correction ({@code /lapor}, {@code /lapor/status}, {@code /api/lapor} and below) of that many
     * such files, with its fields (2 MB). A file somewhat over 50 MB (a 51 MB scan) is still read, kept only to one
     * byte past its limit, and refused beside its field with what the region typed, instead of the whole form being
     * refused unread with the fields lost.
     */
    public static final long LAPOR_BODY_BYTES = (long) LaporService.MAX_FILES * AcceptedFiles.MAX_MB * MB + 2 * MB;

    /**
     * The HTTP listener's own limit on every body of both applications ({@code max-post-size-bytes}, set by the run
     * command and the browser tests' {@code PortalServer}): Email Lapor's, the largest; a larger declared body never
     * reaches either application. Every other address has its own, smaller limit here, and the staff portal its
     * {@code RequestBodyLimit}.
     */
    public static final long LISTENER_BODY_BYTES = LAPOR_BODY_BYTES;

    private RequestLimits() {
    }

    private static long upload(long fileLimit) {
        return 2 * fileLimit + MB;
    }

    /** The largest body a request to this address (below the context root, no trailing slash) may send. */
    public static long bodyLimit(String path) {
        if (path.equals(WHATSAPP_WEBHOOK)) {
            return WHATSAPP_WEBHOOK_BODY_BYTES;
        }
        return isLapor(path) ? LAPOR_BODY_BYTES : UPLOADS.getOrDefault(path, FORM_BODY_BYTES);
    }

    /** Whether the address takes files (multipart bodies). */
    public static boolean takesFiles(String path) {
        return UPLOADS.containsKey(path) || isLapor(path);
    }

    private static boolean isLapor(String path) {
        return path.equals(Links.LAPOR_FORM) || path.equals(Links.LAPOR_STATUS) || path.equals(LAPOR_API)
                || path.startsWith(LAPOR_API + "/");
    }

    /** Meta's webhook of the WhatsApp channel ({@code site.whatsapp.WhatsAppWebhook}). */
    public static final String WHATSAPP_WEBHOOK = "/api/channels/whatsapp";

    /**
     * Meta documents webhook deliveries of up to 3 MB (it batches events of a busy number into one delivery); a
     * delivery refused for its size would be redelivered and refused again, so the webhook takes them all. Its body
     * is read whole, signed bytes as they came, before the signature is checked.
     */
    public static final long WHATSAPP_WEBHOOK_BODY_BYTES = 3 * MB;

    /** The Email Lapor API below the context root. */
    public static final String LAPOR_API = "/api/lapor";

    /** The request's address below the context root, without a trailing slash. */
    public static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** "8 KB", "11 MB". */
    public static String size(long bytes) {
        return bytes >= MB && bytes % MB == 0 ? bytes / MB + " MB" : bytes >= 1024 ? (bytes + 1023) / 1024 + " KB" : bytes + " B";
    }

    /** The message for a body or a field over its limit, in the reader's language. */
    public static String message(Locale locale, InputTooLargeException e) {
        ResourceBundle msg = Pages.bundle(locale);
        return e.field() == null
                ? MessageFormat.format(msg.getString("limit.body"), size(e.limitBytes()))
                : MessageFormat.format(msg.getString("limit.field"), e.field(), size(e.limitBytes()));
    }

    /** The message for a body that is not a well-formed form. */
    public static String malformed(Locale locale) {
        return Pages.bundle(locale).getString("limit.malformed");
    }
}
