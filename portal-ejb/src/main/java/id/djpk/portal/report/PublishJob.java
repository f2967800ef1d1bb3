package id.djpk.portal.report;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One run of publishing a month's report in the background, as the pages follow it: who started it and when,
 * how far it is (a percentage that never goes back and stays below 100 until the transaction has committed),
 * the step under way, and how it ended. Written by the worker thread, read by request threads.
 */
public final class PublishJob implements ReportProgress {

    public enum Outcome { RUNNING, PUBLISHED, FAILED }

    private final YearMonth month;
    private final int revision;
    private final String actor;
    private final Instant startedAt;
    private int percent;
    private ReportStep step = ReportStep.PREPARING;
    private Outcome outcome = Outcome.RUNNING;
    private String failureKey;
    private Object[] failureArguments = new Object[0];
    private Instant finishedAt;

    public PublishJob(YearMonth month, int revision, String actor, Instant startedAt) {
        this.month = month;
        this.revision = revision;
        this.actor = actor;
        this.startedAt = startedAt;
    }

    @Override
    public synchronized void reached(int percent, ReportStep step) {
        if (outcome != Outcome.RUNNING) {
            return;
        }
        this.percent = Math.max(this.percent, Math.min(99, Math.max(0, percent)));
        this.step = step;
    }

    /** The transaction has committed: the report is published with its PDF. */
    public synchronized void published(Instant at) {
        requireRunning();
        percent = 100;
        step = ReportStep.DONE;
        outcome = Outcome.PUBLISHED;
        finishedAt = at;
    }

    /** Publishing failed and was rolled back; the message key (errors.properties) says why. */
    public synchronized void failed(String key, Object[] arguments, Instant at) {
        requireRunning();
        outcome = Outcome.FAILED;
        failureKey = key;
        failureArguments = arguments == null ? new Object[0] : arguments.clone();
        finishedAt = at;
    }

    private void requireRunning() {
        if (outcome != Outcome.RUNNING) {
            throw new IllegalStateException("publishing " + month + " has already ended: " + outcome);
        }
    }

    public synchronized boolean isRunning() {
        return outcome == Outcome.RUNNING;
    }

    public synchronized int getPercent() { return percent; }
    public synchronized ReportStep getStep() { return step; }
    public synchronized Outcome getOutcome() { return outcome; }
    public synchronized String getFailureKey() { return failureKey; }
    public synchronized Object[] getFailureArguments() { return failureArguments.clone(); }
    public synchronized Instant getFinishedAt() { return finishedAt; }
    public YearMonth getMonth() { return month; }
    public int getRevision() { return revision; }
    public String getActor() { return actor; }
    public Instant getStartedAt() { return startedAt; }
}
