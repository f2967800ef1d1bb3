package id.djpk.portal.site.visit;

import id.djpk.portal.site.web.MultipartForm;
import id.djpk.portal.site.web.Outcome;
import id.djpk.portal.site.web.Pages;
import id.djpk.portal.site.web.Refusal;
import id.djpk.portal.site.web.RequestLimits;
import id.djpk.portal.site.web.SubmissionLimit;
import id.djpk.portal.system.Messages;
import id.djpk.portal.visit.GuestEntry;
import id.djpk.portal.visit.VisitForm;
import id.djpk.portal.visit.VisitRuleException;
import id.djpk.portal.visit.VisitService;
import id.djpk.portal.visit.VisitSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Takes a consultation request from the booking page or {@code POST /api/visits}, the same way for both: every
 * mistake at once (the missing letter included), the hour's allowance, then the service, which refuses what breaks
 * the circular (422, nothing stored). Only accepted requests count toward the allowance: a request refused by the
 * circular's rules must not lock a Pemda (or an office behind one address) out while it corrects the dates.
 */
@ApplicationScoped
public class VisitIntake {

    /** The booking form's body: the letter up to the document store's limit. */
    public static final MultipartForm.Spec FORM_SPEC = new MultipartForm.Spec(
            Map.of("letter", VisitService.LETTER_MAX_BYTES), RequestLimits.LONG_TEXTS);

    static final String SERIES = "visit";

    @Inject
    VisitService visits;

    @Inject
    SubmissionLimit limit;

    /**
     * {@code fields} by the API's names ({@link VisitInput#TEXT_FIELDS}); {@code guests} as read from the page's rows
     * or the API's JSON, {@code null} when that JSON could not be read.
     */
    public Outcome<VisitSubmission> submit(Map<String, String> fields, List<GuestEntry> guests,
            MultipartForm.Upload letter, HttpServletRequest request, Locale locale) throws IOException {
        VisitForm form = VisitInput.form(fields);
        form.setLanguage(Pages.requesterLanguage(fields.get("language"), locale));
        Map<String, String> errors = new LinkedHashMap<>();
        if (guests == null) {
            errors.put("guests", Messages.text(locale, "visit.guestsInvalid"));
        } else {
            form.setGuests(guests);
        }
        if (form.getMode() == null && !Pages.isBlank(fields.get("mode"))) {
            errors.put("mode", Messages.text(locale, "visit.modeRequired"));
        }
        Refusal.messages(form.violations(), locale).forEach(errors::putIfAbsent);
        if (letter == null) {
            errors.putIfAbsent("letter", Messages.text(locale, "visit.letterRequired"));
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(Refusal.invalid(errors));
        }
        return limit.accept(SERIES, true, request, locale, "visit.form.tooMany", () -> {
            try (InputStream in = letter.open()) {
                return Outcome.of(visits.submit(form, in, letter.fileName()));
            } catch (VisitRuleException e) {
                return Outcome.refused(Refusal.rule(e.getRule().name(), Messages.text(locale, e)));
            }
        });
    }
}
