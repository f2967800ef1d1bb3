package id.djpk.portal.report;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** The report timer's step: the previous month's draft on the first working day, and the editors told by e-mail. */
@Stateless
public class MonthlyDrafts {

    @Inject
    private ReportService reports;
    @Inject
    private CalendarService calendar;
    @Inject
    private StaffDirectory staff;
    @Inject
    private MailService mail;
    @Inject
    private ReportLetters letters;

    /**
     * On the first working day of a month: the draft for the previous month, when there is none, and a message
     * to every active report editor with an e-mail address. Returns the draft made, if any.
     */
    public Optional<MonthlyReport> monthlyDraft(LocalDate today) {
        if (!today.equals(firstWorkingDay(YearMonth.from(today)))) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(today).minusMonths(1);
        if (reports.find(month).isPresent()) {
            return Optional.empty();
        }
        MonthlyReport draft = reports.createDraft(month, AuditTrail.SYSTEM);
        for (StaffAccount a : staff.all()) {
            if (a.isEnabled() && a.hasRole(Role.REPORT_EDITOR) && a.getEmail() != null && Mail.plausibleAddress(a.getEmail())) {
                mail.send(letters.draftReady(month, a));
            }
        }
        return Optional.of(draft);
    }

    public LocalDate firstWorkingDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!calendar.workingDays().isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
