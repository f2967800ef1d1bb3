package id.djpk.portal.visit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A working day's sessions, free or taken, without saying by whom; {@code bookable} tells whether a request sent
 * now could be scheduled on it at all (the circular's 3 working days' notice), so that a free session of today or
 * tomorrow is not offered to someone who cannot have it.
 */
public record DayAvailability(LocalDate date, List<Session> sessions, boolean bookable) implements Serializable {

    public record Session(int number, String time, boolean free) implements Serializable {
    }

    public long free() {
        return sessions.stream().filter(Session::free).count();
    }
}
