package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PublishJobTest {

    final PublishJob job = new PublishJob(YearMonth.of(2023, 11), 2, "editor", Instant.parse("2023-12-04T02:00:00Z"));

    @Test
    void thePercentageNeverGoesBackAndStaysBelow100UntilCommitted() {
        job.reached(40, ReportStep.TREND_CHART);
        job.reached(30, ReportStep.CHANNEL_CHART);
        assertEquals(40, job.getPercent(), "never back");
        assertEquals(ReportStep.CHANNEL_CHART, job.getStep(), "the step under way is still shown");
        job.reached(100, ReportStep.ATTACHING);
        assertEquals(99, job.getPercent(), "100 only once the transaction has committed");
        assertTrue(job.isRunning());

        job.published(Instant.parse("2023-12-04T02:00:05Z"));
        assertEquals(100, job.getPercent());
        assertEquals(ReportStep.DONE, job.getStep());
        assertEquals(PublishJob.Outcome.PUBLISHED, job.getOutcome());
        assertFalse(job.isRunning());
        job.reached(50, ReportStep.COVER);
        assertEquals(100, job.getPercent(), "a late report changes nothing");
        assertThrows(IllegalStateException.class, () -> job.failed("x", null, Instant.now()), "it ends once");
    }

    @Test
    void aFailureKeepsItsReason() {
        job.reached(60, ReportStep.CHANNEL_CHART);
        job.failed("report.publishFailed", new Object[] {"2023-11"}, Instant.parse("2023-12-04T02:00:03Z"));
        assertEquals(PublishJob.Outcome.FAILED, job.getOutcome());
        assertEquals("report.publishFailed", job.getFailureKey());
        assertArrayEquals(new Object[] {"2023-11"}, job.getFailureArguments());
        assertEquals(60, job.getPercent());
        assertEquals(Instant.parse("2023-12-04T02:00:03Z"), job.getFinishedAt());
        assertThrows(IllegalStateException.class, () -> job.published(Instant.now()));
    }
}
