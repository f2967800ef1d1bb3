package id.djpk.portal.report;

import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;

/** A published report as a publication of type LAPORAN on the public site, with its PDF. */
@Stateless
public class ReportListing {

    /** The share of publishing taken by the PDF, in percent of the whole (the rest is database work). */
    static final int PDF_FROM = 5;
    static final int PDF_TO = 90;

    @Inject
    private PublicationService publications;
    @Inject
    private ReportLetters letters;
    @Inject
    private OfficeClock clock;

    /**
     * Lists the report under the publication type LAPORAN (or updates its listing) with the PDF of this revision
     * only, telling {@code progress} the PDF's steps between {@value #PDF_FROM} and {@value #PDF_TO} %, then
     * {@link ReportStep#ATTACHING}.
     */
    public void list(MonthlyReport report, String actor, ReportProgress progress) {
        YearMonth month = report.getMonth();
        PublicationDraft d = new PublicationDraft();
        d.setType(PublicationType.LAPORAN);
        d.setTitle(ReportText.title(month, ReportText.ID));
        d.setSummary(letters.listingSummary(month));
        d.setBody(letters.listingText(report));
        d.setDocDate(clock.today());
        Publication p;
        if (report.getPublicationId() == null) {
            p = publications.create(d, actor);
        } else {
            Publication existing = publications.get(report.getPublicationId());
            p = publications.update(existing.getId(), d, existing.getVersion());
            // the listing carries the PDF of the published revision only
            for (var old : p.getAttachments()) {
                publications.removeAttachment(p.getId(), old.getId());
            }
        }
        byte[] pdf = ReportPdf.render(report, clock.zone(), (percent, step) -> {
            if (step != ReportStep.DONE) {
                progress.reached(PDF_FROM + percent * (PDF_TO - PDF_FROM) / 100, step);
            }
        });
        progress.reached(PDF_TO, ReportStep.ATTACHING);
        publications.attach(p.getId(), new ByteArrayInputStream(pdf), ReportService.pdfName(report));
        if (report.getPublicationId() == null) {
            publications.publish(p.getId(), null);
        }
        report.listedAs(p.getId());
    }
}
