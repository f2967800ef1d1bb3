package id.djpk.portal.calendar;

import id.djpk.portal.system.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * This application's working-day calendar, kept between requests. Each WAR (and each public-site instance)
 * has its own, so it is not invalidated by a call but by the holiday list's revision in the database: the
 * service reads the revision first and passes it in, and a calendar built under another revision is rebuilt.
 * Reading the revision before the holidays means a calendar is never kept under a revision newer than its data.
 */
@ApplicationScoped
class CalendarCache {

    private record Snapshot(String revision, WorkingDays workingDays) {
    }

    @Inject
    private PortalConfig config;

    private volatile OfficeHours hours;
    private volatile Snapshot snapshot;

    OfficeHours officeHours() {
        OfficeHours h = hours;
        if (h == null) {
            h = OfficeHours.parse(config.officeOpen(), config.officeClose(), config.officeZone());
            hours = h;
        }
        return h;
    }

    WorkingDays workingDays(String revision, Supplier<? extends Collection<LocalDate>> holidays) {
        Snapshot s = snapshot;
        if (s == null || !s.revision().equals(revision)) {
            s = new Snapshot(revision, new WorkingDays(holidays.get(), officeHours()));
            snapshot = s;
        }
        return s.workingDays();
    }
}
