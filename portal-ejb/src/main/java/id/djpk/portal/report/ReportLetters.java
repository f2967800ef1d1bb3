package id.djpk.portal.report;

import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;

/**
 * The report's texts for people: the e-mail that tells an editor the month's draft is ready, and the summary and
 * text of the report's listing as a publication. The texts live in {@code letters.properties}; every link comes
 * from {@link Links}.
 */
@ApplicationScoped
public class ReportLetters {

    private final LetterTexts texts = new LetterTexts(ReportLetters.class);

    @Inject
    Links links;

    /** Letters outside the container (unit tests). */
    public static ReportLetters of(Links links) {
        ReportLetters l = new ReportLetters();
        l.links = links;
        return l;
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** To a report editor: the month's draft is compiled, with the link to it in the staff portal. */
    Mail draftReady(YearMonth month, StaffAccount editor) {
        String name = ReportText.monthName(month, ReportText.ID);
        return Mail.to(editor.getEmail()).subject(text("draft.subject", name))
                .text(text("draft.text", name, editor.getFullName(), links.staffReport(month)))
                .about(ReportService.ABOUT, month.toString());
    }

    /** The listing's summary. */
    String listingSummary(YearMonth month) {
        return text("listing.summary", ReportText.monthName(month, ReportText.ID));
    }

    /** The listing's text: where the report, its PDF, CSV and JSON are, and the note of a correction. */
    String listingText(MonthlyReport report) {
        YearMonth month = report.getMonth();
        String text = text("listing.text", links.report(month, ""), links.report(month, "/pdf"),
                links.report(month, "/csv"), links.reportApi(month));
        return report.getRevision() > 1
                ? text + text("listing.revision", Integer.toString(report.getRevision()), report.getChangeNote())
                : text;
    }
}
