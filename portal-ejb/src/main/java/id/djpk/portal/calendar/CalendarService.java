package id.djpk.portal.calendar;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.system.AppSetting;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/** The working-day calendar for every capability, and the administrator's maintenance of the holiday list. */
@Stateless
public class CalendarService {

    /**
     * The longest period {@link #deadlineFrom} accepts: about one year of working days. The law's periods are
     * far shorter (30 working days at most); a longer count is a typing error, and would run past the
     * holidays entered so far.
     */
    public static final int MAX_WORKING_DAYS = 250;

    /** The {@link AppSetting} whose value changes with every change of the holiday list (see {@link CalendarCache}). */
    static final String REVISION_KEY = "calendar.revision";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private CalendarCache cache;

    public OfficeHours officeHours() {
        return cache.officeHours();
    }

    /** Working days as the holiday list stands now. */
    public WorkingDays workingDays() {
        String revision = revision();
        return cache.workingDays(revision, () -> em.createNamedQuery("Holiday.dates", LocalDate.class).getResultList());
    }

    /** The due date of something received at {@code received}, {@code workingDays} working days later. */
    public Deadline deadlineFrom(Instant received, Integer workingDays) {
        List<Violation> v = new ArrayList<>();
        if (received == null) {
            v.add(Violation.of("received", "calendar.receivedRequired"));
        }
        if (workingDays == null || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            v.add(Violation.of("days", "calendar.daysOutOfRange", 1, MAX_WORKING_DAYS));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return workingDays().deadlineFrom(received, workingDays);
    }

    /** Whether the date falls on a day the office never works, where a holiday changes no deadline. */
    public boolean isWeekend(LocalDate date) {
        return !officeHours().isWorkingWeekday(date.getDayOfWeek());
    }

    public List<Holiday> holidays(int year) {
        return em.createNamedQuery("Holiday.between", Holiday.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    public Optional<Holiday> findHoliday(LocalDate date) {
        return date == null ? Optional.empty() : Optional.ofNullable(em.find(Holiday.class, date));
    }

    /** The years that have at least one holiday entered. */
    public SortedSet<Integer> holidayYears() {
        SortedSet<Integer> years = new TreeSet<>();
        em.createNamedQuery("Holiday.dates", LocalDate.class).getResultList().forEach(d -> years.add(d.getYear()));
        return years;
    }

    /**
     * The years whose holidays the administrator still has to enter: the coming year, and the current
     * one too if it is empty. Deadlines in a year without holidays skip only weekends.
     */
    public List<Integer> missingYears(LocalDate today) {
        return yearsWithoutHolidays(today.getYear(), today.getYear() + 1);
    }

    /** The years from {@code fromYear} to {@code toYear} without any holiday entered. */
    public List<Integer> yearsWithoutHolidays(int fromYear, int toYear) {
        List<Integer> missing = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            long count = em.createNamedQuery("Holiday.countBetween", Long.class)
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                    .getSingleResult();
            if (count == 0) {
                missing.add(year);
            }
        }
        return missing;
    }

    /**
     * Enters a national holiday or cuti bersama. A date on a weekend is accepted (the decrees list such
     * days too) although it changes no deadline; {@link #isWeekend} lets the screen say so.
     */
    public Holiday addHoliday(LocalDate date, String name, Holiday.Kind kind) {
        List<Violation> v = validate(date, name, kind);
        checkFree(date, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Holiday holiday = new Holiday(date, name.trim(), kind);
        em.persist(holiday);
        changed();
        audit.record("HOLIDAY_ADDED", "Holiday", date, kind + ": " + holiday.getName());
        return holiday;
    }

    /**
     * Changes the name and kind of the holiday on {@code current}, and moves it to {@code date} when that
     * differs: Islamic holidays move when the government's isbat sets another day than the decree expected.
     */
    public Holiday updateHoliday(LocalDate current, LocalDate date, String name, Holiday.Kind kind) {
        Holiday holiday = findHoliday(current).orElseThrow(() -> new BusinessException("calendar.notFound"));
        List<Violation> v = validate(date, name, kind);
        boolean moved = date != null && !date.equals(current);
        if (moved) {
            checkFree(date, v);
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (moved) {
            // the date is the key: a moved holiday is a new row
            em.remove(holiday);
            holiday = new Holiday(date, name.trim(), kind);
            em.persist(holiday);
        } else {
            holiday.setName(name.trim());
            holiday.setKind(kind);
        }
        changed();
        audit.record("HOLIDAY_UPDATED", "Holiday", date,
                (moved ? "moved from " + current + ", " : "") + kind + ": " + holiday.getName());
        return holiday;
    }

    public void removeHoliday(LocalDate date) {
        Holiday holiday = findHoliday(date).orElseThrow(() -> new BusinessException("calendar.notFound"));
        em.remove(holiday);
        changed();
        audit.record("HOLIDAY_REMOVED", "Holiday", date, holiday.getKind() + ": " + holiday.getName());
    }

    private static List<Violation> validate(LocalDate date, String name, Holiday.Kind kind) {
        List<Violation> v = new ArrayList<>();
        if (date == null) {
            v.add(Violation.of("date", "calendar.dateRequired"));
        }
        if (name == null || name.isBlank()) {
            v.add(Violation.of("name", "calendar.nameRequired"));
        } else if (name.trim().length() > Holiday.NAME_MAX) {
            v.add(Violation.of("name", "calendar.nameTooLong", Holiday.NAME_MAX));
        }
        if (kind == null) {
            v.add(Violation.of("kind", "calendar.kindRequired"));
        }
        return v;
    }

    private void checkFree(LocalDate date, List<Violation> v) {
        findHoliday(date).ifPresent(existing -> v.add(Violation.of("date", "calendar.duplicate", existing.getName())));
    }

    private String revision() {
        AppSetting setting = em.find(AppSetting.class, REVISION_KEY);
        return setting == null || setting.getValue() == null ? "" : setting.getValue();
    }

    /** A new revision in the same transaction as the change: every calendar cache reloads once it commits. */
    private void changed() {
        String revision = UUID.randomUUID().toString();
        AppSetting setting = em.find(AppSetting.class, REVISION_KEY);
        if (setting == null) {
            em.persist(new AppSetting(REVISION_KEY, revision));
        } else {
            setting.setValue(revision);
        }
    }
}
