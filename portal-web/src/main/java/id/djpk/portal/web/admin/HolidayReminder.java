package id.djpk.portal.web.admin;

import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reminds the administrator on the home page that a year's holidays are still to be entered: until they
 * are, deadlines in that year skip weekends only.
 */
@Named
@RequestScoped
public class HolidayReminder {

    @Inject
    private CalendarService calendar;

    @Inject
    private OfficeClock clock;

    private List<Integer> missingYears;

    public List<Integer> getMissingYears() {
        if (missingYears == null) {
            missingYears = calendar.missingYears(clock.today());
        }
        return missingYears;
    }

    /** "2027", "2026 dan 2027" */
    public String join(List<Integer> years) {
        if (years == null || years.isEmpty()) {
            return "";
        }
        if (years.size() == 1) {
            return String.valueOf(years.get(0));
        }
        String head = years.subList(0, years.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "));
        return head + " " + FacesMessages.text("holidays.and") + " " + years.get(years.size() - 1);
    }
}
