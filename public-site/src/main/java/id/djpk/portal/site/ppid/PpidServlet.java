package id.djpk.portal.site.ppid;

import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.Deadline;
import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.InformationRequest;
import id.djpk.portal.ppid.ObjectionOutcome;
import id.djpk.portal.ppid.ReleasedInformation;
import id.djpk.portal.ppid.ObjectionGround;
import id.djpk.portal.ppid.PpidDeadlines;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.ppid.Submission;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.site.web.AccessLinks;
import java.util.Map;
import java.util.HashMap;
import id.djpk.portal.site.web.Pages;
import id.djpk.portal.site.web.FormModel;
import id.djpk.portal.site.web.Outcome;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.Violation;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.TooManyAttemptsException;
import id.djpk.portal.system.PortalConfig;
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
    private PpidIntake intake;

    @Inject
    private PortalConfig config;

    @Inject
    private CalendarService calendar;

    @Inject
    private OfficeClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Pages.noStore(response);
        switch (request.getServletPath()) {
            case Links.PPID_FORM -> Pages.render(request, response, FORM_VIEW, "ppidForm", new PpidForm());
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
            default -> Pages.notAllowed(response, "POST");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Pages.noStore(response);
        switch (request.getServletPath()) {
            case Links.PPID_FORM -> submit(request, response);
            case Links.PPID_OBJECTION -> object(request, response);
            // the code comes by POST, typed or from the fragment of an access link, never in a query string
            case Links.PPID_STATUS -> status(request, response);
            case Links.PPID_RECEIPT -> receipt(request, response);
            default -> Pages.notAllowed(response, "GET");
        }
    }

    // ---------------------------------------------------------------- request form

    private void submit(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Locale locale = Pages.locale(request);
        PpidForm form = new PpidForm();
        try (MultipartForm body = MultipartForm.read(request, PpidIntake.FORM_SPEC, config)) {
            Map<String, String> fields = new HashMap<>();
            for (String field : PpidForm.TEXT_FIELDS) {
                fields.put(field, body.value(field));
            }
            fields.put("obtain_method", body.value("obtain_method"));
            fields.put("delivery_method", body.value("delivery_method"));
            fields.put("consent", body.value("consent") != null ? "true" : "false");
            fields.forEach(form::set);
            MultipartForm.Upload scan = body.upload("id_scan");
            Outcome<Submission> outcome = intake.submit(fields, scan, request, locale);
            if (!outcome.isAccepted()) {
                form.refuse(outcome.refusal());
                if (scan != null && outcome.refusal().correctable()) {
                    form.addError("id_scan", Pages.text(locale, "ppid.form.idScanAgain"));
                }
                response.setStatus(outcome.refusal().status());
                Pages.render(request, response, FORM_VIEW, "ppidForm", form);
                return;
            }
            // stored: the browser is sent to the receipt by GET, so reloading it shows it again instead of
            // posting the form a second time; the code rides in the fragment, which the receipt's script posts
            Submission submission = outcome.accepted();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + Links.PPID_RECEIPT + "?nomor="
                    + Pages.url(submission.trackingNumber()) + AccessCode.fragment("kode", submission.accessCode()));
        } catch (InputTooLargeException e) {
            // nothing of the form can be trusted to be complete: the reason at the top, the form empty
            form.setGeneral(RequestLimits.message(locale, e));
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            Pages.render(request, response, FORM_VIEW, "ppidForm", form);
        } catch (MalformedFormException e) {
            form.setGeneral(RequestLimits.malformed(locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Pages.render(request, response, FORM_VIEW, "ppidForm", form);
        }
    }

    /** The confirmation page, for whoever holds number and code (the redirect after submitting, the access link). */
    private void receipt(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String number = request.getParameter("nomor");
        String code = request.getParameter("kode");
        if (Pages.isBlank(number) || Pages.isBlank(code)) {
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
            refused.setBlocked(Messages.text(Pages.locale(request), e));
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            response.setStatus(refused.getBlocked() != null ? 429 : HttpServletResponse.SC_NOT_FOUND);
            Pages.render(request, response, STATUS_VIEW, "ppidStatus", refused);
            return;
        }
        Language language = Pages.language(request);
        Formats formats = Formats.of(language, clock.zone());
        InformationRequest r = found.get();
        String shown = AccessCode.display(code);
        ReceiptView receipt = new ReceiptView(r.getTrackingNumber(), shown,
                Links.PPID_STATUS + "?nomor=" + Pages.url(r.getTrackingNumber()) + AccessCode.fragment("kode", shown),
                Pages.received(r.getReceivedAt(), r.getReceiptDay(), formats, language.locale()),
                formats.date(r.getDueDate()), Formats.iso(r.getDueDate()),
                ppid.explainDue(r, language.locale()));
        Pages.render(request, response, RECEIPT_VIEW, "ppidReceipt", receipt);
    }

    /** A code of the timeline's notes by the label the status page uses for it. */
    private static String label(ResourceBundle msg, Enum<?> code) {
        String prefix = code instanceof Decision ? "ppid.decision." : code instanceof ObjectionGround ? "ppid.ground."
                : code instanceof ObjectionOutcome ? "ppid.objection.outcome." : null;
        return prefix == null ? code.name() : msg.getString(prefix + code.name());
    }

    /** The confirmation page's model: the access code is shown this once and never again. */
    public record ReceiptView(String number, String code, String statusLink, String received, String dueDate,
            String isoDueDate, String dueExplanation) {
        public String getNumber() { return number; }
        public String getCode() { return code; }
        public String getStatusLink() { return statusLink; }
        /** When it came, and from which working day the 10 days count when it came outside office hours. */
        public String getReceived() { return received; }
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
        Pages.render(request, response, STATUS_VIEW, "ppidStatus", model);
    }

    private void object(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Locale locale = Pages.locale(request);
        String number = request.getParameter("nomor");
        String code = request.getParameter("kode");
        String groundName = request.getParameter("ground");
        String reason = request.getParameter("reason");
        // number and code first, answered (and a wrong code counted) once, as by the status form
        PpidStatus checked = lookUp(request, number, code == null ? "" : code);
        if (!checked.isFound()) {
            response.setStatus(checked.getBlocked() != null ? 429 : HttpServletResponse.SC_NOT_FOUND);
            Pages.render(request, response, STATUS_VIEW, "ppidStatus", checked);
            return;
        }
        Deadline filed = null;
        String generalError = null;
        List<Violation> violations = List.of();
        try {
            filed = ppid.fileObjection(number, code, FormModel.choice(ObjectionGround.class, groundName), reason);
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
        Pages.render(request, response, STATUS_VIEW, "ppidStatus", model);
    }

    private PpidStatus lookUp(HttpServletRequest request, String number, String code) {
        Language language = Pages.language(request);
        Locale locale = language.locale();
        Formats formats = Formats.of(language, clock.zone());
        ResourceBundle msg = Pages.bundle(locale);
        PpidStatus model = new PpidStatus();
        model.setNumber(number == null ? null : number.strip());
        model.setCode(code == null ? null : code.strip());
        if (code == null || Pages.isBlank(number) && Pages.isBlank(code)) {
            return model;
        }
        model.setSearched(true);
        Optional<InformationRequest> found;
        try {
            found = Pages.isBlank(number) || Pages.isBlank(code) ? Optional.empty()
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
                        msg.getString("ppid.event." + e.getKind().name()),
                        e.noteText(c -> label(msg, c), due -> Pages.text(locale, "ppid.event.due", formats.date(due)))))
                .toList();
        model.found(r, msg.getString("ppid.status." + r.getStatus().name()), formats.date(r.getDueDate()),
                ppid.explainDue(r, locale),
                r.getDecision() == null ? null : msg.getString("ppid.decision." + r.getDecision().name()), steps,
                r.mayObject(new PpidDeadlines(calendar.workingDays()), clock.now()));
        model.setReceived(Pages.received(r.getReceivedAt(), r.getReceiptDay(), formats, locale));
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
}
