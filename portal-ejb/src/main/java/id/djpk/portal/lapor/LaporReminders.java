package id.djpk.portal.lapor;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.AppSetting;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminders to the regions still missing a report, {@code portal.lapor.reminder-days} working days before its deadline
 * ({@code PORTAL_LAPOR_REMINDER_DAYS}, default 5; 0: none). A region is written to at the addresses it sent Email
 * Lapor reports from (the same type's first, at most three); a region the portal has no address for is not reminded
 * and is counted as such in the audit note. Once per region and report (the {@code lapor_reminder} row), once a day
 * however many instances run the timer.
 */
@Stateless
public class LaporReminders {

    static final String DAY_KEY = "lapor.reminder.last";
    public static final String ABOUT = "LAPOR_REMINDER";
    static final int MAX_ADDRESSES = 3;
    private static final String ADDRESSES = "SELECT s.regionCode, s.typeCode, s.email, MAX(s.receivedAt) FROM LaporSubmission s "
            + "GROUP BY s.regionCode, s.typeCode, s.email";

    /** What one run did. */
    public record Run(int reports, int reminded, int withoutAddress) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private LaporService lapor;

    @Inject
    private LaporCompliance compliance;

    @Inject
    private ReferenceData reference;

    @Inject
    private CalendarService calendar;

    @Inject
    private MailService mail;

    @Inject
    private AuditTrail audit;

    @Inject
    private Links links;

    @Inject
    private OfficeClock clock;

    @Inject
    @ConfigProperty(name = "portal.lapor.reminder-days", defaultValue = "5")
    private int reminderDays;

    /** The working days before a deadline the regions are reminded (0: never). */
    public int reminderDays() {
        return Math.max(0, reminderDays);
    }

    /**
     * The day's reminders, on working days only and once a day (the day is claimed in {@code app_setting} under a
     * lock): for every active type with a deadline and every period due within {@link #reminderDays()} working days,
     * each region still missing it and not yet reminded of it gets one e-mail per known address. Audited as
     * LAPOR_REMINDERS_SENT when anything was due.
     */
    public Run remindMissing() {
        LocalDate today = clock.today();
        WorkingDays days = calendar.workingDays();
        if (reminderDays() < 1 || !days.isWorkingDay(today) || !AppSetting.claimDay(em, DAY_KEY, today)) {
            return new Run(0, 0, 0);
        }
        Map<String, List<String>> known = null;
        LaporLetters letters = new LaporLetters(links, clock.zone());
        Instant now = clock.now();
        int reports = 0;
        int reminded = 0;
        int withoutAddress = 0;
        for (LaporType type : lapor.activeTypes()) {
            if (type.deadline().isEmpty()) {
                continue;
            }
            for (Period period : ReminderWindow.periodsDue(type.getPeriodKind(), type.deadline().get(), today, reminderDays(), days)) {
                reports++;
                ComplianceMatrix m = compliance.matrix(type.getCode(), period.format(), null);
                Set<String> done = new HashSet<>(em.createNamedQuery("LaporReminder.sentFor", String.class)
                        .setParameter("type", type.getCode()).setParameter("period", period.format()).getResultList());
                for (ComplianceRow row : m.rows()) {
                    if (row.state() != ComplianceState.MISSING || done.contains(row.regionCode())) {
                        continue;
                    }
                    if (known == null) {
                        known = addresses();
                    }
                    List<String> to = pick(known.getOrDefault(row.regionCode(), List.of()), type.getCode());
                    if (to.isEmpty()) {
                        withoutAddress++;
                        continue;
                    }
                    String unit = reference.findUnit(type.getUnitCode()).map(OrgUnit::getName).orElse(type.getUnitCode());
                    for (String address : to) {
                        mail.send(letters.reminder(address, addressee(row), type.getName(), m.period(), m.deadline(), unit,
                                type.getCode() + "/" + m.period() + "/" + row.regionCode()));
                    }
                    em.persist(new LaporReminder(type.getCode(), m.period(), row.regionCode(), m.deadline(),
                            String.join(", ", to), now));
                    reminded++;
                }
            }
        }
        if (reports > 0) {
            audit.recordAs(AuditTrail.SYSTEM, "LAPOR_REMINDERS_SENT", "LaporReminder", today,
                    reports + " report(s) due, " + reminded + " region(s) reminded, " + withoutAddress + " without a known address");
        }
        return new Run(reports, reminded, withoutAddress);
    }

    /** "Kabupaten Sintang", "Kota Bogor", "Provinsi Jawa Barat": whom "Yth. Pemerintah …" addresses. */
    static String addressee(ComplianceRow row) {
        return "PROVINSI".equals(row.level()) && !row.regionName().startsWith("Provinsi") ? "Provinsi " + row.regionName()
                : row.regionName();
    }

    /** Per region, "type|address" entries newest first: the addresses it sent reports from. */
    private Map<String, List<String>> addresses() {
        List<Object[]> rows = new ArrayList<>(em.createQuery(ADDRESSES, Object[].class).getResultList());
        rows.sort(Comparator.comparing((Object[] r) -> (Instant) r[3]).reversed());
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r[1] + "|" + r[2]);
        }
        return out;
    }

    /** Up to {@link #MAX_ADDRESSES} plausible addresses, those that sent this type first, newest first. */
    static List<String> pick(List<String> typed, String typeCode) {
        Set<String> out = new LinkedHashSet<>();
        for (boolean sameType : new boolean[] {true, false}) {
            for (String entry : typed) {
                int bar = entry.indexOf('|');
                String address = entry.substring(bar + 1).strip();
                if (entry.substring(0, bar).equals(typeCode) == sameType && Mail.plausibleAddress(address)
                        && out.size() < MAX_ADDRESSES) {
                    out.add(address.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return List.copyOf(out);
    }
}
