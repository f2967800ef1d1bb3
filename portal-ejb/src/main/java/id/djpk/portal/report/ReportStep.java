package id.djpk.portal.report;

/**
 * The steps of publishing a report, in the order they happen, for the progress shown while it runs. The PDF's
 * steps carry their share of the PDF's work in percent (together 100), after the charts each step draws (a chart
 * costs most of a step's time): the channel step draws the tickets' charts after the trend (channels, the channels'
 * and other services' nine months, users, topics, zones, escalation, units, satisfaction), the PPID step two, the
 * entered part the social media's; loading the font the first time costs some. The web pages name each step in the
 * reader's language ({@code report.step.<NAME>}).
 */
public enum ReportStep {
    /** Checking the state and freezing the figures. */
    PREPARING(0),
    FONTS(8),
    COVER(2),
    SUMMARY(3),
    WEBSITE(6),
    TICKETS(3),
    TREND_CHART(5),
    CHANNEL_CHART(50),
    VISITS(4),
    PPID(8),
    ENTERED(7),
    NARRATIVE(2),
    /** Closing the document: the font subset is embedded, the last page is written. */
    FINISHING(2),
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
