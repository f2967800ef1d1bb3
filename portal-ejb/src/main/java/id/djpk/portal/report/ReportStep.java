package id.djpk.portal.report;

/**
 * The steps of publishing a report, in the order they happen, for the progress shown while it runs. The PDF's
 * steps carry their share of the PDF's work in percent (together 100), as measured on a month of the demo data:
 * the two charts take most of the time, loading the font the first time some. The web pages name each step in the reader's language
 * ({@code report.step.<NAME>}).
 */
public enum ReportStep {
    /** Checking the state and freezing the figures. */
    PREPARING(0),
    FONTS(8),
    COVER(3),
    SUMMARY(4),
    WEBSITE(7),
    TICKETS(4),
    TREND_CHART(34),
    CHANNEL_CHART(24),
    VISITS(5),
    PPID(3),
    ENTERED(2),
    NARRATIVE(2),
    /** Closing the document: the font subset is embedded, the last page is written. */
    FINISHING(4),
    /** Storing the PDF with the LAPORAN publication and publishing the listing. */
    ATTACHING(0),
    DONE(0);

    private final int pdfShare;

    ReportStep(int pdfShare) {
        this.pdfShare = pdfShare;
    }

    /** How far the PDF is when this step begins: the shares of the steps before it, in percent. */
    public int pdfPercentAtStart() {
        int sum = 0;
        for (ReportStep s : values()) {
            if (s == this) {
                return sum;
            }
            sum += s.pdfShare;
        }
        return sum;
    }

    int pdfShare() {
        return pdfShare;
    }
}
