package id.djpk.portal.visit;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The time of a daily session in the office's zone (WIB), e.g. 09.00–10.00. */
public record SlotTime(LocalTime start, LocalTime end) implements Serializable {

    /** E.3.c.8: 09.00–10.00, 10.00–11.00, 13.00–14.00 and 14.00–15.00 WIB. */
    public static final List<SlotTime> CIRCULAR = List.of(
            new SlotTime(LocalTime.of(9, 0), LocalTime.of(10, 0)),
            new SlotTime(LocalTime.of(10, 0), LocalTime.of(11, 0)),
            new SlotTime(LocalTime.of(13, 0), LocalTime.of(14, 0)),
            new SlotTime(LocalTime.of(14, 0), LocalTime.of(15, 0)));

    public SlotTime {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a session must end after it starts: " + start + "-" + end);
        }
    }

    /**
     * Sessions from configuration text, "09:00-10:00,10:00-11:00,13:00-14:00,14:00-15:00". Fails with the
     * setting's name, so a typo is found at start. Blank means the circular's four sessions.
     */
    public static List<SlotTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return CIRCULAR;
        }
        List<SlotTime> slots = new ArrayList<>();
        try {
            for (String part : text.split(",")) {
                String[] ends = part.trim().split("-");
                slots.add(new SlotTime(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("portal.visit.slots must look like 09:00-10:00,10:00-11:00, not \""
                    + text + "\"", e);
        }
        for (int i = 1; i < slots.size(); i++) {
            if (slots.get(i).start().isBefore(slots.get(i - 1).end())) {
                throw new IllegalArgumentException("portal.visit.slots must be in order and must not overlap: " + text);
            }
        }
        return List.copyOf(slots);
    }

    /** "09.00–10.00", the way Indonesian letters write times. */
    public String label() {
        return dotted(start) + "\u2013" + dotted(end);
    }

    private static String dotted(LocalTime t) {
        return String.format("%02d.%02d", t.getHour(), t.getMinute());
    }
}
