package id.djpk.portal.web.admin;

import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.Deadline;
import id.djpk.portal.calendar.Holiday;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.i18n.Format;
import id.djpk.portal.web.i18n.LanguageBean;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.primefaces.PrimeFaces;

/**
 * The administrator's holiday list, one year at a time: add, correct, move and remove national holidays
 * and cuti bersama; and the deadline tool, which shows the working-day rule at work.
 */
@Named
@ViewScoped
public class HolidaysBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of(
            "date", "holidayForm:date", "name", "holidayForm:name", "kind", "holidayForm:kind");
    private static final Map<String, String> DEADLINE_FIELDS = Map.of("received", "deadline:received", "days", "deadline:days");

    @Inject
    private CalendarService calendar;

    @Inject
    private OfficeClock clock;

    @Inject
    private LanguageBean language;

    @Inject
    private Format format;

    private Integer year;
    private String yearParam;
    private List<Holiday> holidays;
    private List<Integer> years;
    private List<Integer> missingYears;

    private LocalDate editing;
    private LocalDate date;
    private String name;
    private Holiday.Kind kind;

    private LocalDateTime received;
    private Integer days;
    private Deadline deadline;
    private LocalDate receivedOn;
    private List<Integer> uncoveredYears = List.of();

    /** Called by f:viewAction: the year named by ?tahun=, or the current one. */
    public void load() {
        if (holidays != null) {
            return;
        }
        LocalDate today = today();
        year = ViewParams.year(yearParam, today.getYear());
        received = clock.officeNow().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        refresh();
    }

    public void changeYear() {
        refresh();
    }

    public void startNew() {
        editing = null;
        date = null;
        name = null;
        kind = Holiday.Kind.LIBUR_NASIONAL;
    }

    public void startEdit(Holiday holiday) {
        editing = holiday.getDate();
        date = holiday.getDate();
        name = holiday.getName();
        kind = holiday.getKind();
    }

    public void save() {
        try {
            Holiday saved = editing == null
                    ? calendar.addHoliday(date, name, kind)
                    : calendar.updateHoliday(editing, date, name, kind);
            FacesMessages.info(editing == null ? "holidays.added" : "holidays.updated",
                    format.date(saved.getDate()), saved.getName());
            if (calendar.isWeekend(saved.getDate())) {
                FacesMessages.warn("holidays.weekendWarning", format.weekday(saved.getDate()));
            }
            // show the year of what was just saved: a holiday of next year is entered from this year's list
            year = saved.getDate().getYear();
            deadline = null;
            refresh();
            // the page behind the dialog changes only when the change was saved; errors stay in the dialog
            PrimeFaces.current().ajax().update("holidays:table", "holidays:summary", "holidays:year",
                    "holidays:holidayMessages", "missingYearWarning");
            PrimeFaces.current().executeScript("PF('holidayDialog').hide()");
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void remove(Holiday holiday) {
        try {
            calendar.removeHoliday(holiday.getDate());
            FacesMessages.info("holidays.removed", format.date(holiday.getDate()), holiday.getName());
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
        deadline = null;
        refresh();
    }

    public void compute() {
        deadline = null;
        try {
            var at = received == null ? null : received.atZone(zone()).toInstant();
            deadline = calendar.deadlineFrom(at, days);
            receivedOn = received.toLocalDate();
            uncoveredYears = calendar.yearsWithoutHolidays(deadline.from().getYear(), deadline.due().getYear());
        } catch (BusinessException e) {
            FacesMessages.show(e, DEADLINE_FIELDS);
        }
    }

    private void refresh() {
        LocalDate today = today();
        holidays = calendar.holidays(year);
        missingYears = calendar.missingYears(today);
        SortedSet<Integer> offered = calendar.holidayYears();
        offered.add(today.getYear());
        offered.add(today.getYear() + 1);
        offered.add(year);
        years = new ArrayList<>(offered);
    }

    private ZoneId zone() {
        return calendar.officeHours().zone();
    }

    private LocalDate today() {
        return clock.today();
    }

    public boolean isWeekend(Holiday holiday) {
        return calendar.isWeekend(holiday.getDate());
    }

    public long count(Holiday.Kind of) {
        return holidays.stream().filter(h -> h.getKind() == of).count();
    }

    public String getEmptyMessage() {
        return MessageFormat.format(FacesMessages.text("holidays.empty"), String.valueOf(year));
    }

    /** "WIB": the office's zone as people write it. */
    public String getZoneName() {
        return zone().getDisplayName(TextStyle.SHORT, language.getLocale());
    }

    public String getOfficeOpening() {
        return format.time(calendar.officeHours().opening());
    }

    public String getOfficeClosing() {
        return format.time(calendar.officeHours().closing());
    }

    /** Whether the day counted from is not the day it arrived: after hours or on a non-working day. */
    public boolean isReceiptMoved() {
        return deadline != null && !deadline.from().equals(receivedOn);
    }

    public String getExplanation() {
        return deadline == null ? "" : deadline.explain(language.getLocale());
    }

    public int getMaxWorkingDays() {
        return CalendarService.MAX_WORKING_DAYS;
    }

    public Holiday.Kind[] getKinds() { return Holiday.Kind.values(); }
    public boolean isEditingNew() { return editing == null; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    /** The ?tahun= view parameter as typed (see {@link ViewParams}). */
    public String getYearParam() { return yearParam; }
    public void setYearParam(String yearParam) { this.yearParam = yearParam; }
    public List<Integer> getYears() { return years; }
    public List<Holiday> getHolidays() { return holidays; }
    public List<Integer> getMissingYears() { return missingYears; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Holiday.Kind getKind() { return kind; }
    public void setKind(Holiday.Kind kind) { this.kind = kind; }
    public LocalDateTime getReceived() { return received; }
    public void setReceived(LocalDateTime received) { this.received = received; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public Deadline getDeadline() { return deadline; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public List<Integer> getUncoveredYears() { return uncoveredYears; }
}
