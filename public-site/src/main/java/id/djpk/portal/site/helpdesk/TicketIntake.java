package id.djpk.portal.site.helpdesk;

import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.Opened;
import id.djpk.portal.site.web.Outcome;
import id.djpk.portal.site.web.Pages;
import id.djpk.portal.site.web.SubmissionLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;

/**
 * Opens a ticket from the "Buat Tiket" page or {@code POST /api/tickets}, the same way for both: a complete form
 * within the hour's allowance goes to the service, which refuses what is missing; only opened tickets count. A form
 * with mistakes is answered by the service's own checks and never uses up the allowance.
 */
@ApplicationScoped
public class TicketIntake {

    static final String SERIES = "ticket";

    @Inject
    HelpdeskService helpdesk;

    @Inject
    SubmissionLimit limit;

    /** {@code intake} in the API's optional {@code language}, or none: then the page's or the API call's {@code locale}. */
    public Outcome<Opened> submit(Intake intake, HttpServletRequest request, Locale locale) throws IOException {
        return submit(intake, null, request, locale);
    }

    /** The page's form: {@code checkboxText} is its announcements checkbox as shown (the consent's record). */
    public Outcome<Opened> submit(Intake intake, String checkboxText, HttpServletRequest request, Locale locale)
            throws IOException {
        Intake in = intake.inLanguage(Pages.requesterLanguage(intake.language(), locale));
        return limit.accept(SERIES, in.webViolations().isEmpty(), request, locale, "ticket.form.tooMany",
                () -> Outcome.of(helpdesk.submit(in, checkboxText)));
    }
}
