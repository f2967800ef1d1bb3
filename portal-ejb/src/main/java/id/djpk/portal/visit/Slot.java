package id.djpk.portal.visit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One of the day's consultation sessions: the date and the session's number, from 1. */
public record Slot(LocalDate date, int number) implements Serializable, Comparable<Slot> {

    public Slot {
        Objects.requireNonNull(date, "date");
        if (number < 1) {
            throw new IllegalArgumentException("slot numbers start at 1, not " + number);
        }
    }

    @Override
    public int compareTo(Slot o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : Integer.compare(number, o.number);
    }
}
