package id.djpk.portal.site.ppid;

import id.djpk.portal.ppid.DeliveryMethod;
import id.djpk.portal.ppid.ObtainMethod;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.ppid.RequestForm;
import id.djpk.portal.ppid.Submission;
import id.djpk.portal.site.web.FormModel;
import id.djpk.portal.site.web.MultipartForm;
import id.djpk.portal.site.web.Outcome;
import id.djpk.portal.site.web.Pages;
import id.djpk.portal.site.web.Refusal;
import id.djpk.portal.site.web.RequestLimits;
import id.djpk.portal.site.web.SubmissionLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Takes an information request from the form page or {@code POST /api/ppid/requests}, the same way for both:
 * every mistake at once (the missing ID scan included), then the hour's allowance, then the service; only an
 * accepted request is counted.
 */
@ApplicationScoped
public class PpidIntake {

    /** The request form's body: the ID scan up to the document store's limit, the two long texts. */
    public static final MultipartForm.Spec FORM_SPEC = new MultipartForm.Spec(
            Map.of("id_scan", PpidService.ID_SCAN_MAX_BYTES), RequestLimits.LONG_TEXTS);

    static final String SERIES = "ppid";

    @Inject
    PpidService ppid;

    @Inject
    SubmissionLimit limit;

    /** {@code fields} named as in the API's contract (the web form uses the same names). */
    public Outcome<Submission> submit(Map<String, String> fields, MultipartForm.Upload scan, HttpServletRequest request,
            Locale locale) throws IOException {
        RequestForm form = form(fields);
        form.setLanguage(Pages.requesterLanguage(fields.get("language"), locale));
        Map<String, String> errors = Refusal.messages(form.violations(), locale);
        if (scan == null) {
            errors.putIfAbsent("id_scan", Pages.text(locale, "ppid.form.idScanRequired"));
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(Refusal.invalid(errors));
        }
        return limit.accept(SERIES, true, request, locale, "ppid.form.tooMany", () -> {
            try (InputStream in = scan.open()) {
                return Outcome.of(ppid.submit(form, in, scan.fileName()));
            }
        });
    }

    /** The domain form from the submitted fields; a value that is not one of the choices counts as no choice. */
    static RequestForm form(Map<String, String> fields) {
        RequestForm f = new RequestForm();
        f.setName(fields.get("name"));
        f.setNik(fields.get("nik"));
        f.setOrganizationBasis(fields.get("organization_basis"));
        f.setAddress(fields.get("address"));
        f.setOccupation(fields.get("occupation"));
        f.setPhone(fields.get("phone"));
        f.setEmail(fields.get("email"));
        f.setInformation(fields.get("information"));
        f.setPurpose(fields.get("purpose"));
        f.setObtainMethod(FormModel.choice(ObtainMethod.class, fields.get("obtain_method")));
        f.setDeliveryMethod(FormModel.choice(DeliveryMethod.class, fields.get("delivery_method")));
        String consent = fields.get("consent");
        f.setConsent(consent != null && "true".equalsIgnoreCase(consent.trim()));
        return f;
    }
}
