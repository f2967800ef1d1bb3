package id.djpk.portal.site.ppid;

import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.Deadline;
import id.djpk.portal.ppid.InformationRequest;
import id.djpk.portal.ppid.ReleasedInformation;
import id.djpk.portal.ppid.ObjectionGround;
import id.djpk.portal.ppid.PpidDeadlines;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.ppid.RequestForm;
import id.djpk.portal.ppid.Submission;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.site.web.AccessLinks;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.TooManyAttemptsException;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.system.Violation;
import id.djpk.portal.site.web.InputTooLargeException;
import id.djpk.portal.site.web.MultipartForm;
import id.djpk.portal.site.web.MalformedFormException;
import id.djpk.portal.site.web.RequestLimits;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The requester's PPID pages: the request form ({@code /ppid/permohonan}), the status page
 * ({@code /ppid/status}) and the objection posted from it ({@code /ppid/keberatan}). Plain HTML forms
 * handled here and rendered by transient Faces views: no HTTP session and no view state, so a form left
 * open for an hour still submits, and nothing a person typed depends on a server-side session.
 */
// the form's multipart body is read by MultipartForm (limits per field, files on disk), not by the container
@WebServlet(urlPatterns = {Links.PPID_FORM, Links.PPID_STATUS, Links.PPID_OBJECTION, Links.PPID_RECEIPT})
public class PpidServlet extends HttpServlet {

    static final String FORM_VIEW = "/WEB-INF/views/ppid/permohonan.xhtml";
    static final String RECEIPT_VIEW = "/WEB-INF/views/ppid/diterima.xhtml";
    static final String STATUS_VIEW = "/WEB-INF/views/ppid/status.xhtml";

    private static final String BUNDLE = "id.djpk.portal.site.i18n.messages";

    @Inject
    private PpidService ppid;

    @Inject
    private SubmissionLimit limit;

    @Inject
    private PortalConfig config;

    @Inject
    private CalendarService calendar;

    @Inject
    private OfficeClock clock;

    /** The request form's body: the ID scan up to the document store's limit, the two long texts. */
    static final MultipartForm.Spec FORM_SPEC = new MultipartForm.Spec(
            java.util.Map.of("id_scan", PpidService.ID_SCAN_MAX_BYTES), RequestLimits.LONG_TEXTS);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        noStore(response);
        switch (path(request)) {
            case Links.PPID_FORM -> render(request, response, FORM_VIEW, "ppidForm", new PpidForm());
            case Links.PPID_STATUS -> {
                if (!AccessLinks.moveCodeToFragment(request, response, "kode")) {
                    status(request, response);
                }
            }
            case Links.PPID_RECEIPT -> {
                if (!AccessLinks.moveCodeToFragment(request, response, "kode")) {
                    receipt(request, response);
                }
            }
            default -> {
                response.setHeader("Allow", "POST");
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        noStore(response);
        switch (path(request)) {
            case Links.PPID_FORM -> submit(request, response);
            case Links.PPID_OBJECTION -> object(request, response);
            // the code comes by POST, typed or from the fragment of an access link, never in a query string
            case Links.PPID_STATUS -> status(request, response);
            case Links.PPID_RECEIPT -> receipt(request, response);
            default -> {
                response.setHeader("Allow", "GET");
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
        }
    }

    // ---------------------------------------------------------------- request form

    private void submit(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Language language = Language.fromCookies(request.getCookies());
        Locale locale = language.locale();
        PpidForm form = new PpidForm();
        try (MultipartForm body = MultipartForm.read(request, FORM_SPEC, config)) {
            for (String field : PpidForm.TEXT_FIELDS) {
                form.set(field, body.value(field));
            }
            form.set("obtain_method", body.value("obtain_method"));
            form.set("delivery_method", body.value("delivery_method"));
            form.set("consent", body.value("consent") != null ? "true" : "false");
            submit(request, response, form, body.upload("id_scan"), locale);
        } catch (InputTooLargeException e) {
            // nothing of the form can be trusted to be complete: the reason at the top, the form empty
            form.setGeneral(RequestLimits.message(locale, e));
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            render(request, response, FORM_VIEW, "ppidForm", form);
        } catch (MalformedFormException e) {
            form.setGeneral(RequestLimits.malformed(locale));
            invalid(request, response, form);
        }
    }

    private void submit(HttpServletRequest request, HttpServletResponse response, PpidForm form,
            MultipartForm.Upload scan, Locale locale) throws IOException, ServletException {
        boolean hasScan = scan != null;
        RequestForm domain = form.toRequestForm();
        List<Violation> violations = domain.violations();
        if (!violations.isEmpty() || !hasScan) {
            // every mistake at once, the missing scan included, rather than one round per mistake
            for (Violation v : violations) {
                form.addError(v.field(), Messages.text(locale, v.key(), v.arguments().toArray()));
            }
            form.addError("id_scan", text(locale, hasScan ? "ppid.form.idScanAgain" : "ppid.form.idScanRequired"));
            invalid(request, response, form);
            return;
        }
        // counted once the form is complete: correcting one's own mistakes does not use up the allowance
        if (!limit.tryAcquire(request)) {
            form.setGeneral(text(locale, "ppid.form.tooMany"));
            response.setStatus(429);
            render(request, response, FORM_VIEW, "ppidForm", form);
            return;
        }
        Submission submission;
        try (InputStream in = scan.open()) {
            submission = ppid.submit(domain, in, scan.fileName());
        } catch (InvalidInputException e) {
            for (Violation v : e.getViolations()) {
                form.addError(v.field(), Messages.text(locale, v.key(), v.arguments().toArray()));
            }
            invalid(request, response, form);
            return;
        } catch (BusinessException e) {
            form.setGeneral(Messages.text(locale, e));
            invalid(request, response, form);
            return;
        }
        // stored: the browser is sent to the receipt by GET, so reloading it shows it again instead of
        // posting the form a second time; the code rides in the fragment, which the receipt's script posts
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + Links.PPID_RECEIPT + "?nomor=" + url(submission.trackingNumber())
                + AccessCode.fragment("kode", submission.accessCode()));
    }

    /** The confirmation page, for whoever holds number and code (the redirect after submitting, the access link). */
    private void receipt(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String number = request.getParameter("nomor");
        String code = request.getParameter("kode");
        if (isBlank(number) || isBlank(code)) {
            // the redirect after submitting lands here with the code in the fragment: the form takes it and
            // posts it back here
            status(request, response, Links.PPID_RECEIPT);
            return;
        }
        Optional<InformationRequest> found;
        PpidStatus refused = new PpidStatus();
        refused.setNumber(number.strip());
        refused.setSearched(true);
        refused.setFormAction(Links.PPID_RECEIPT);
        try {
            found = ppid.findForRequester(number.strip(), code.strip());
        } catch (TooManyAttemptsException e) {
            refused.setBlocked(Messages.text(Language.fromCookies(request.getCookies()).locale(), e));
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            response.setStatus(refused.getBlocked() != null ? 429 : HttpServletResponse.SC_NOT_FOUND);
            render(request, response, STATUS_VIEW, "ppidStatus", refused);
            return;
        }
        Language language = Language.fromCookies(request.getCookies());
        Formats formats = Formats.of(language);
        InformationRequest r = found.get();
        String shown = AccessCode.display(code);
        ReceiptView receipt = new ReceiptView(r.getTrackingNumber(), shown,
                Links.PPID_STATUS + "?nomor=" + url(r.getTrackingNumber()) + AccessCode.fragment("kode", shown),
                formats.date(r.getReceiptDay()), formats.date(r.getDueDate()), Formats.iso(r.getDueDate()),
                ppid.explainDue(r, language.locale()));
        render(request, response, RECEIPT_VIEW, "ppidReceipt", receipt);
    }

    private void invalid(HttpServletRequest request, HttpServletResponse response, PpidForm form)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        render(request, response, FORM_VIEW, "ppidForm", form);
    }

    /** The confirmation page's model: the access code is shown this once and never again. */
    public record ReceiptView(String number, String code, String statusLink, String receiptDay, String dueDate,
            String isoDueDate, String dueExplanation) {
        public String getNumber() { return number; }
        public String getCode() { return code; }
        public String getStatusLink() { return statusLink; }
        public String getReceiptDay() { return receiptDay; }
        public String getDueDate() { return dueDate; }
        public String getIsoDueDate() { return isoDueDate; }
        public String getDueExplanation() { return dueExplanation; }
    }

    // ---------------------------------------------------------------- status and objection

    private void status(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        status(request, response, Links.PPID_STATUS);
    }

    private void status(HttpServletRequest request, HttpServletResponse response, String formAction)
            throws IOException, ServletException {
        // a GET shows the form: the number may come in the query, the code never does
        String code = "POST".equals(request.getMethod()) ? request.getParameter("kode") : null;
        PpidStatus model = lookUp(request, request.getParameter("nomor"), code);
        model.setFormAction(formAction);
        if (model.getBlocked() != null) {
            response.setStatus(429);
        } else if (model.isSearched() && !model.isFound()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        render(request, response, STATUS_VIEW, "ppidStatus", model);
    }

    private void object(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Locale locale = Language.fromCookies(request.getCookies()).locale();
        String number = request.getParameter("nomor");
        String code = request.getParameter("kode");
        String groundName = request.getParameter("ground");
        String reason = request.getParameter("reason");
        // number and code first, answered (and a wrong code counted) once, as by the status form
        PpidStatus checked = lookUp(request, number, code == null ? "" : code);
        if (!checked.isFound()) {
            response.setStatus(checked.getBlocked() != null ? 429 : HttpServletResponse.SC_NOT_FOUND);
            render(request, response, STATUS_VIEW, "ppidStatus", checked);
            return;
        }
        Deadline filed = null;
        String generalError = null;
        List<Violation> violations = List.of();
        try {
            filed = ppid.fileObjection(number, code, PpidForm.enumValue(ObjectionGround.class, groundName), reason);
        } catch (InvalidInputException e) {
            violations = e.getViolations();
        } catch (BusinessException e) {
            generalError = Messages.text(locale, e);
        }
        PpidStatus model = lookUp(request, number, code);
        if (model.getBlocked() != null) {
            response.setStatus(429);
        } else if (!model.isFound()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (filed != null) {
            model.setObjectionFiledNow(true);
        } else {
            // refused: the form stays open with what was written, and the reason beside its field
            model.setObjectionAllowed(true);
            model.setObjectionGround(groundName);
            model.setObjectionReason(reason);
            model.setObjectionGeneral(generalError);
            for (Violation v : violations) {
                model.addObjectionError(v.field(), Messages.text(locale, v.key(), v.arguments().toArray()));
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        render(request, response, STATUS_VIEW, "ppidStatus", model);
    }

    private PpidStatus lookUp(HttpServletRequest request, String number, String code) {
        Language language = Language.fromCookies(request.getCookies());
        Locale locale = language.locale();
        Formats formats = Formats.of(language);
        ResourceBundle msg = bundle(locale);
        PpidStatus model = new PpidStatus();
        model.setNumber(number == null ? null : number.strip());
        model.setCode(code == null ? null : code.strip());
        if (code == null || isBlank(number) && isBlank(code)) {
            return model;
        }
        model.setSearched(true);
        Optional<InformationRequest> found;
        try {
            found = isBlank(number) || isBlank(code) ? Optional.empty()
                    : ppid.findForRequester(number.strip(), code.strip());
        } catch (TooManyAttemptsException e) {
            model.setBlocked(Messages.text(locale, e));
            return model;
        }
        if (found.isEmpty()) {
            return model;
        }
        InformationRequest r = found.get();
        // the number as registered, however it was typed ("ppid-2026-1" style variations included)
        model.setNumber(r.getTrackingNumber());
        List<PpidStatus.Step> steps = r.getPublicEvents().stream()
                .map(e -> new PpidStatus.Step(formats.dateTime(e.getAt()), Formats.isoInstant(e.getAt()),
                        msg.getString("ppid.event." + e.getKind().name()), e.getNote()))
                .toList();
        model.found(r, msg.getString("ppid.status." + r.getStatus().name()), formats.date(r.getDueDate()),
                ppid.explainDue(r, locale),
                r.getDecision() == null ? null : msg.getString("ppid.decision." + r.getDecision().name()), steps,
                r.mayObject(new PpidDeadlines(calendar.workingDays()), clock.now()));
        // files are fetched by a POST form carrying number and code (the code stays out of URLs)
        model.setGiven(ppid.releasedTo(r).stream().map(i -> new PpidStatus.Given(
                i.getKind() == ReleasedInformation.Kind.NOTICE ? msg.getString("ppid.status.notice") : i.getTitle(),
                msg.getString("ppid.status.given." + i.getKind().name()),
                i.isFile() ? request.getContextPath() + Links.PPID_DOWNLOAD : request.getContextPath() + Links.PUBLICATION + i.getSlug(),
                i.isFile() ? formats.size(i.getSizeBytes()) : null, i.isFile() ? i.getId() : null)).toList());
        if (r.getObjectionOutcome() != null) {
            model.setObjectionOutcome(msg.getString("ppid.objection.outcome." + r.getObjectionOutcome().name()));
        }
        if (r.getObjectionDue() != null) {
            model.setObjectionDue(formats.date(r.getObjectionDue()));
            model.setObjectionDueExplanation(ppid.explainObjectionDue(r, locale).orElse(null));
        }
        return model;
    }

    // ---------------------------------------------------------------- helpers

    private static void render(HttpServletRequest request, HttpServletResponse response, String view, String name,
            Object model) throws IOException, ServletException {
        request.setAttribute(name, model);
        request.getRequestDispatcher(view).forward(request, response);
    }

    /** Access codes and personal answers must not stay in shared or browser caches, nor in the page cache. */
    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }

    private static String path(HttpServletRequest request) {
        return request.getServletPath();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, PpidServlet.class.getClassLoader());
    }

    private static String text(Locale locale, String key) {
        return bundle(locale).getString(key);
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
