package id.djpk.portal.report;

/**
 * Told how far a report's PDF (or its publishing) has come, from the thread doing the work: a percentage
 * from 0 to 100 that never goes back, and the step now under way ({@link ReportStep#DONE} at 100).
 */
@FunctionalInterface
public interface ReportProgress {

    /** For callers that do not follow the progress. */
    ReportProgress NONE = (percent, step) -> { };

    void reached(int percent, ReportStep step);
}
