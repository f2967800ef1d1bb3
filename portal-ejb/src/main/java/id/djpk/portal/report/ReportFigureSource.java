package id.djpk.portal.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extension point for the figures the editor enters today ({@link EnteredFigures}): a capability that comes to
 * measure some of them (say a chatbot integration counting users per menu, or an Email Lapor mailbox) implements
 * this as a CDI bean (application scoped or stateless). {@link ReportService} asks every source for the month, the
 * month before, the same month a year earlier and the earlier months of the year; the compiler then takes those
 * keys from the data (marked {@code "fromData": true}, not entered) and the editor can no longer enter them.
 * A source measures from the month its capability came into use ({@link #measures}); the months before keep
 * what the editor typed. A published report keeps the values it was published with.
 */
public interface ReportFigureSource {

    /** The keys this source measures, e.g. {@code chatbot.menu.TKD} or {@code emailLapor.byType.DAU}. */
    Set<String> keys();

    /** The values of the month for (some of) {@link #keys()}; a key it leaves out counts as 0. */
    Map<String, Long> values(YearMonth month);

    /** What {@link #since()} answers for a source that measures every month. */
    YearMonth ALWAYS = YearMonth.of(1, 1);

    /**
     * The first month this source measures: the month its capability came into use (say the chatbot's first
     * conversation), so that the months before keep the figures the editor typed; empty while it has measured nothing.
     * Every month unless said otherwise. One question per compilation: the compiler asks it once and compares.
     */
    default java.util.Optional<YearMonth> since() {
        return java.util.Optional.of(ALWAYS);
    }

    /** Whether this source measures the month (from {@link #since()} on). */
    default boolean measures(YearMonth month) {
        return since().map(first -> !month.isBefore(first)).orElse(false);
    }

    /**
     * The month's blasts, for a source that measures {@link EnteredFigures#BLASTS} (the report lists them): none
     * unless said otherwise.
     */
    default List<ListedBlast> blasts(YearMonth month) {
        return List.of();
    }

    /** A blast as the report lists it: its day (office time), its name and channel. */
    record ListedBlast(LocalDate date, String subject, BlastChannel channel) {
    }
}
