package id.djpk.portal.visit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A working day's sessions, free or taken, without saying by whom. */
public record DayAvailability(LocalDate date, List<Session> sessions) implements Serializable {

    public record Session(int number, String time, boolean free) implements Serializable {
    }

    public long free() {
        return sessions.stream().filter(Session::free).count();
    }
}
