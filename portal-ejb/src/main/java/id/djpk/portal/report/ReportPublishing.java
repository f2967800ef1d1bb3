package id.djpk.portal.report;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes a report in the background, so that the editor's page can show the PDF being built step by step
 * instead of waiting for one long request. At most one run per month at a time on this instance: a second
 * start (a second click, a second editor) gets the run under way, and a page opened meanwhile finds it here.
 * The work runs on the container's managed executor, which carries the caller's security identity to the
 * worker thread, so every audit record names the editor who clicked. On another instance the report's version
 * stops a second publish at commit. Runs are kept in memory: a restart forgets them, and the transaction of an
 * interrupted run is rolled back, leaving the report in review.
 */
@ApplicationScoped
public class ReportPublishing {

    private static final Logger LOG = Logger.getLogger(ReportPublishing.class.getName());
    /** How long a finished run is kept for the pages still following it. */
    static final Duration KEEP = Duration.ofMinutes(15);

    @Resource
    private ManagedExecutorService executor;
    @Inject
    private ReportService reports;
    @Inject
    private AuditTrail audit;
    @Inject
    private OfficeClock clock;

    private final Map<YearMonth, PublishJob> jobs = new HashMap<>();

    /**
     * Starts publishing the month's report (in review) in the background and returns the run; returns the run
     * already under way for the month instead of starting another. Refused at once, with nothing started, when
     * there is no report or it is not in review.
     */
    public PublishJob start(YearMonth month) {
        synchronized (jobs) {
            forgetOld(clock.now());
            PublishJob running = jobs.get(month);
            if (running != null && running.isRunning()) {
                return running;
            }
            MonthlyReport report = reports.find(month).orElseThrow(() -> new BusinessException("report.notFound", month.toString()));
            report.requireState(ReportState.IN_REVIEW, "report.notInReview");
            PublishJob job = new PublishJob(month, report.getRevision(), audit.currentActor(), clock.now());
            Long reportId = report.getId();
            try {
                executor.execute(() -> run(job, reportId));
            } catch (RejectedExecutionException e) {
                LOG.log(Level.WARNING, "Publishing " + month + " could not be started", e);
                throw new BusinessException("report.publishFailed", month.toString());
            }
            jobs.put(month, job);
            return job;
        }
    }

    /** The month's run under way, or the last one if it ended a short while ago. */
    public Optional<PublishJob> job(YearMonth month) {
        synchronized (jobs) {
            forgetOld(clock.now());
            return Optional.ofNullable(jobs.get(month));
        }
    }

    private void run(PublishJob job, Long reportId) {
        YearMonth month = job.getMonth();
        try {
            reports.publish(month, job);
            job.published(clock.now());
            LOG.info(() -> "Report " + month + " rev " + job.getRevision() + " published by " + job.getActor() + " in "
                    + Duration.between(job.getStartedAt(), job.getFinishedAt()).toMillis() + " ms");
        } catch (BusinessException e) {
            failed(job, reportId, e.getKey(), e.getArguments());
        } catch (RuntimeException e) {
            boolean conflict = causedBy(e, OptimisticLockException.class);
            LOG.log(conflict ? Level.INFO : Level.WARNING, "Publishing report " + month + " failed", e);
            failed(job, reportId, conflict ? "report.publishConflict" : "report.publishFailed",
                    new Object[] {month.toString()});
        }
    }

    private void failed(PublishJob job, Long reportId, String key, Object[] arguments) {
        job.failed(key, arguments, clock.now());
        try {
            audit.recordIndependently(job.getActor(), "REPORT_PUBLISH_FAILED", ReportService.ENTITY, reportId,
                    job.getMonth() + " rev " + job.getRevision() + ": " + key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The failed publishing of " + job.getMonth() + " could not be audited", e);
        }
    }

    private void forgetOld(Instant now) {
        jobs.values().removeIf(j -> !j.isRunning() && j.getFinishedAt().plus(KEEP).isBefore(now));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
