package id.djpk.portal.site.lapor;

import id.djpk.portal.lapor.LaporEvent;
import id.djpk.portal.lapor.LaporFile;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.lapor.LaporStatus;
import id.djpk.portal.lapor.LaporSubmission;
import id.djpk.portal.lapor.LaporType;
import id.djpk.portal.lapor.Receipt;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.site.web.AccessLinks;
import id.djpk.portal.site.web.InputTooLargeException;
import id.djpk.portal.site.web.MalformedFormException;
import id.djpk.portal.site.web.MultipartForm;
import id.djpk.portal.site.web.Option;
import id.djpk.portal.site.web.Outcome;
import id.djpk.portal.site.web.Pages;
import id.djpk.portal.site.web.RegionPicker;
import id.djpk.portal.site.web.RequestLimits;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.system.TooManyAttemptsException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The region's Email Lapor pages: the form ({@code /lapor}), the receipt ({@code /lapor/diterima}) and the status with
 * the correction after a return ({@code /lapor/status}). Plain HTML forms rendered by transient Faces views, no
 * session; the access code travels in a fragment or a POST, never in a query string.
 */
// the form's multipart body is read by MultipartForm (limits per field, files on disk), not by the container
@WebServlet(urlPatterns = {Links.LAPOR_FORM, Links.LAPOR_RECEIPT, Links.LAPOR_STATUS, Links.LAPOR_RECEIPT_PDF})
public class LaporServlet extends HttpServlet {

    static final String FORM_VIEW = "/WEB-INF/views/lapor/kirim.xhtml";
    static final String RECEIPT_VIEW = "/WEB-INF/views/lapor/diterima.xhtml";
    static final String STATUS_VIEW = "/WEB-INF/views/lapor/status.xhtml";
    static final String MODEL = "laporPage";

    @Inject
    private LaporService lapor;

    @Inject
    private LaporIntake intake;

    @Inject
    private ReferenceData reference;

    @Inject
    private PortalConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Pages.noStore(response);
        switch (request.getServletPath()) {
            case Links.LAPOR_FORM -> Pages.render(request, response, FORM_VIEW, MODEL, form(request));
            case Links.LAPOR_RECEIPT, Links.LAPOR_STATUS -> {
                if (!AccessLinks.moveCodeToFragment(request, response, "kode")) {
                    lookUp(request, response, request.getParameter("nomor"), null);
                }
            }
            default -> Pages.notAllowed(response, "POST");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Pages.noStore(response);
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (!multipart) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        switch (request.getServletPath()) {
            case Links.LAPOR_FORM -> submit(request, response);
            case Links.LAPOR_STATUS -> {
                if (multipart) {
                    correct(request, response);
                } else {
                    lookUp(request, response, request.getParameter("nomor"), request.getParameter("kode"));
                }
            }
            case Links.LAPOR_RECEIPT -> lookUp(request, response, request.getParameter("nomor"), request.getParameter("kode"));
            case Links.LAPOR_RECEIPT_PDF -> receiptPdf(request, response);
            default -> Pages.notAllowed(response, "GET");
        }
    }

    // ---------------------------------------------------------------- the form

    private LaporPage form(HttpServletRequest request) {
        LaporPage page = new LaporPage();
        Locale locale = Pages.locale(request);
        reference.regions().forEach(r -> page.getRegions().add(new Option(r.getCode(), r.getName())));
        for (LaporType t : lapor.activeTypes()) {
            page.getTypes().add(new Option(t.getCode(), Pages.text(locale, "lapor.form.typeOption", t.getName(),
                    Pages.text(locale, "lapor.kind." + t.getPeriodKind().name()), t.getPeriodKind().example(), t.fileKindsText(),
                    t.getMaxMb())));
        }
        return page;
    }

    private void submit(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Locale locale = Pages.locale(request);
        LaporPage page = form(request);
        try (MultipartForm body = MultipartForm.read(request, LaporIntake.FORM_SPEC, config)) {
            for (String field : LaporIntake.FIELDS) {
                page.set(field, body.value(field));
            }
            page.set("region_code", RegionPicker.code(reference, body.value("region_code")));
            boolean chosen = !body.uploads("file").isEmpty();
            Outcome<LaporIntake.Result> outcome = intake.submit(new Typed(body, page.value("region_code")), request, locale);
            if (!outcome.isAccepted()) {
                page.refuse(outcome.refusal());
                if (chosen && outcome.refusal().correctable()) {
                    page.addError("file", Pages.text(locale, "lapor.form.filesAgain"));
                }
                response.setStatus(outcome.refusal().status());
                Pages.render(request, response, FORM_VIEW, MODEL, page);
                return;
            }
            LaporIntake.Result result = outcome.accepted();
            if (result.earlierReceipt() != null) {
                page.setEarlierReceipt(result.earlierReceipt());
                page.setNotice(Messages.text(locale, "lapor.duplicate", result.earlierReceipt()));
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                Pages.render(request, response, FORM_VIEW, MODEL, page);
                return;
            }
            // stored: the receipt by GET, the code in the fragment (which the page's script posts)
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + Links.LAPOR_RECEIPT + "?nomor="
                    + Pages.url(result.receipt().receipt()) + AccessCode.fragment("kode", result.receipt().accessCode()));
        } catch (InputTooLargeException e) {
            page.setGeneral(RequestLimits.message(locale, e));
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            Pages.render(request, response, FORM_VIEW, MODEL, page);
        } catch (MalformedFormException e) {
            page.setGeneral(RequestLimits.malformed(locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Pages.render(request, response, FORM_VIEW, MODEL, page);
        }
    }

    // ---------------------------------------------------------------- receipt and status

    /** The "Tanda Terima" PDF, posted with receipt and code from the receipt or status page. */
    private void receiptPdf(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String number = request.getParameter("nomor");
        String code = request.getParameter("kode");
        Optional<byte[]> pdf;
        try {
            pdf = Pages.isBlank(number) || Pages.isBlank(code) ? Optional.empty() : lapor.receiptPdf(number.strip(), code.strip());
        } catch (TooManyAttemptsException e) {
            pdf = Optional.empty();
        }
        if (pdf.isEmpty()) {
            lookUp(request, response, number, code == null ? "" : code);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"tanda-terima-" + Receipt.normalize(number) + ".pdf\"");
        response.getOutputStream().write(pdf.get());
    }

    private void lookUp(HttpServletRequest request, HttpServletResponse response, String number, String code)
            throws IOException, ServletException {
        boolean receipt = Links.LAPOR_RECEIPT.equals(request.getServletPath());
        LaporPage page = status(request, number, code);
        page.setFormAction(receipt ? Links.LAPOR_RECEIPT : Links.LAPOR_STATUS);
        if (page.getBlocked() != null) {
            response.setStatus(429);
        } else if (page.isSearched() && !page.isFound()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        Pages.render(request, response, receipt && page.isFound() ? RECEIPT_VIEW : STATUS_VIEW, MODEL, page);
    }

    /** The page for a receipt and code; not found alike for a wrong code and an unknown receipt. */
    private LaporPage status(HttpServletRequest request, String number, String code) {
        LaporPage page = new LaporPage();
        page.setReceipt(number == null ? null : number.strip());
        if (Pages.isBlank(number) || code == null) {
            return page;
        }
        page.setSearched(true);
        Optional<LaporSubmission> found;
        try {
            found = Pages.isBlank(code) ? Optional.empty() : lapor.findForRegion(number.strip(), code.strip());
        } catch (TooManyAttemptsException e) {
            page.setBlocked(Messages.text(Pages.locale(request), e));
            return page;
        }
        if (found.isEmpty()) {
            return page;
        }
        LaporSubmission s = found.get();
        Language language = Pages.language(request);
        Locale locale = language.locale();
        Formats formats = Formats.of(language);
        String shown = AccessCode.display(code);
        page.setFound(true);
        page.setReceipt(s.getReceipt());
        page.setCode(shown);
        page.setStatusLink(Links.LAPOR_STATUS + "?nomor=" + Pages.url(s.getReceipt()) + AccessCode.fragment("kode", shown));
        page.setReceived(formats.dateTime(s.getReceivedAt()));
        page.setDeadline(s.getDeadline() == null ? Pages.text(locale, "lapor.status.noDeadline") : formats.date(s.getDeadline()));
        page.setTimeliness(Pages.text(locale, s.getOnTime() == null ? "lapor.status.noDeadline"
                : s.getOnTime() ? "lapor.status.onTime" : "lapor.status.late"));
        page.setStatus(Pages.text(locale, "lapor.status." + s.getStatus().name()));
        page.setReportType(lapor.findType(s.getTypeCode()).map(LaporType::getName).orElse(s.getTypeCode()));
        page.setPeriod(s.getPeriod());
        page.setRegion(reference.findRegion(s.getRegionCode()).map(Region::getName).orElse(s.getRegionCode()));
        page.setReason(s.getStatus() == LaporStatus.RETURNED ? s.getReason() : null);
        page.setCorrectable(s.getStatus() == LaporStatus.RETURNED);
        for (LaporFile f : s.getCurrentFiles()) {
            page.getFiles().add(new LaporPage.FileRow(f.getFileName(), formats.size(f.getSizeBytes()), f.getSha256()));
        }
        for (LaporEvent e : s.getEvents()) {
            page.getHistory().add(new LaporPage.Step(formats.dateTime(e.getAt()),
                    Pages.text(locale, "lapor.event." + e.kindName()), e.getNote()));
        }
        return page;
    }

    private void correct(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Locale locale = Pages.locale(request);
        try (MultipartForm body = MultipartForm.read(request, LaporIntake.FORM_SPEC, config)) {
            String number = body.value("nomor");
            String code = body.value("kode");
            LaporPage checked = status(request, number, code == null ? "" : code);
            if (!checked.isFound()) {
                response.setStatus(checked.getBlocked() != null ? 429 : HttpServletResponse.SC_NOT_FOUND);
                Pages.render(request, response, STATUS_VIEW, MODEL, checked);
                return;
            }
            Outcome<LaporSubmission> outcome = intake.correct(checked.getReceipt(), code.strip(), body, request, locale);
            LaporPage page = status(request, number, code);
            if (!outcome.isAccepted()) {
                page.refuse(outcome.refusal());
                if (outcome.refusal().errors().isEmpty() && outcome.refusal().message() != null) {
                    page.setGeneral(outcome.refusal().message());
                }
                if (body.uploads("file").isEmpty()) {
                    page.addError("file", Messages.text(locale, "lapor.fileRequired"));
                }
                page.set("note", body.value("note"));
                response.setStatus(outcome.refusal().status());
            } else {
                page.setNotice(Pages.text(locale, "lapor.status.corrected"));
            }
            Pages.render(request, response, STATUS_VIEW, MODEL, page);
        } catch (InputTooLargeException e) {
            LaporPage page = new LaporPage();
            page.setGeneral(RequestLimits.message(locale, e));
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            Pages.render(request, response, STATUS_VIEW, MODEL, page);
        } catch (MalformedFormException e) {
            LaporPage page = new LaporPage();
            page.setGeneral(RequestLimits.malformed(locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Pages.render(request, response, STATUS_VIEW, MODEL, page);
        }
    }

    /** The form's body with the region as picked by name (the API sends the code itself). */
    private record Typed(MultipartForm body, String regionCode) implements LaporIntake.Input {
        @Override
        public Map<String, String> fields() {
            Map<String, String> f = body.firstValues();
            f.put("region_code", regionCode);
            return f;
        }

        @Override
        public java.util.List<MultipartForm.Upload> files() {
            return body.uploads("file");
        }
    }
}
