package id.djpk.portal.site.lapor;

import id.djpk.portal.lapor.DuplicateReportException;
import id.djpk.portal.lapor.Incoming;
import id.djpk.portal.lapor.LaporForm;
import id.djpk.portal.lapor.LaporReceipt;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.lapor.LaporSubmission;
import id.djpk.portal.lapor.LaporType;
import id.djpk.portal.site.web.MultipartForm;
import id.djpk.portal.site.web.Outcome;
import id.djpk.portal.site.web.Pages;
import id.djpk.portal.site.web.Refusal;
import id.djpk.portal.site.web.RequestLimits;
import id.djpk.portal.site.web.SubmissionLimit;
import id.djpk.portal.system.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Takes a report from the form page or {@code POST /api/lapor} the same way: the fields' mistakes at once, then the
 * address's allowance ({@link SubmissionLimit#LAPOR}: a regional office sends several reports in a row), then the
 * service. A file already received for the report is not a mistake of the form: it answers with the earlier receipt.
 */
@ApplicationScoped
public class LaporIntake {

    /** The form's body: repeated {@code file} parts up to the type's limit, the note a long text. */
    public static final MultipartForm.Spec FORM_SPEC = new MultipartForm.Spec(Map.of("file", LaporType.MAX_BYTES),
            RequestLimits.LONG_TEXTS, Set.of("file"));

    static final String SERIES = SubmissionLimit.LAPOR;
    static final String CORRECTION_SERIES = SubmissionLimit.LAPOR;

    /** The fields of the API's contract, also the form's names. */
    static final List<String> FIELDS = List.of("region_code", "institution", "name", "email", "phone", "report_type",
            "period", "note");

    @Inject
    LaporService lapor;

    @Inject
    SubmissionLimit limit;

    /** The answer of an intake: a receipt, or the earlier receipt of the same file. */
    public record Result(LaporReceipt receipt, String earlierReceipt) {
    }

    /** What was sent: the text fields by name and the files. */
    public interface Input {
        Map<String, String> fields();

        List<MultipartForm.Upload> files();
    }

    /** The API's body as it came. */
    public Outcome<Result> submit(MultipartForm body, HttpServletRequest request, Locale locale) throws IOException {
        return submit(new Input() {
            @Override
            public Map<String, String> fields() {
                return body.firstValues();
            }

            @Override
            public List<MultipartForm.Upload> files() {
                return body.uploads("file");
            }
        }, request, locale);
    }

    public Outcome<Result> submit(Input input, HttpServletRequest request, Locale locale) throws IOException {
        LaporForm form = form(input.fields());
        form.setLanguage(Pages.requesterLanguage(input.fields().get("language"), locale));
        List<MultipartForm.Upload> files = input.files();
        Map<String, String> errors = Refusal.messages(form.violations(), locale);
        if (files.isEmpty()) {
            errors.putIfAbsent("file", Messages.text(locale, "lapor.fileRequired"));
        }
        return limit.accept(SERIES, errors.isEmpty(), request, locale, "lapor.form.tooMany", () -> {
            try {
                return Outcome.of(new Result(lapor.submit(form, incoming(files)), null));
            } catch (DuplicateReportException e) {
                return Outcome.of(new Result(null, e.getEarlierReceipt()));
            }
        });
    }

    /** The region's corrected version on the same receipt, after a return. */
    public Outcome<LaporSubmission> correct(String receipt, String accessCode, MultipartForm body, HttpServletRequest request,
            Locale locale) throws IOException {
        List<MultipartForm.Upload> files = body.uploads("file");
        return limit.accept(CORRECTION_SERIES, !files.isEmpty(), request, locale, "lapor.form.tooMany",
                () -> Outcome.of(lapor.correct(receipt, accessCode, body.value("note"), incoming(files))));
    }

    static LaporForm form(Map<String, String> fields) {
        LaporForm f = new LaporForm();
        f.setRegionCode(fields.get("region_code"));
        f.setInstitution(fields.get("institution"));
        f.setName(fields.get("name"));
        f.setEmail(fields.get("email"));
        f.setPhone(fields.get("phone"));
        f.setReportType(fields.get("report_type"));
        f.setPeriod(fields.get("period"));
        f.setNote(fields.get("note"));
        return f;
    }

    private static List<Incoming> incoming(List<MultipartForm.Upload> files) {
        return files.stream().map(u -> new Incoming(u.fileName(), u::open)).toList();
    }
}
