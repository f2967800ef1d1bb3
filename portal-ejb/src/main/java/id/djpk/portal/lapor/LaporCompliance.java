package id.djpk.portal.lapor;

import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compliance matrix of one report type and period: every region (552) as on time, late, received (a type without
 * deadline), returned or missing, with the receipt in force and the reminder it got. A Layer 2 account reads its
 * unit's types only (the web layer passes the unit; null for agents and administrators).
 */
@Stateless
public class LaporCompliance {

    private static final String SUBMISSIONS = "SELECT s.regionCode, s.receipt, s.receivedAt, s.onTime, s.status "
            + "FROM LaporSubmission s WHERE s.typeCode = :type AND s.period = :period";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private LaporService lapor;

    @Inject
    private ReferenceData reference;

    @Inject
    private CalendarService calendar;

    @Inject
    private OfficeClock clock;

    /**
     * The matrix of {@code typeCode} for the period as written ({@code 2024-05}); an unknown type is refused with
     * {@code lapor.typeUnknown}, a period of the wrong form with the period's field message, another unit's type with
     * {@code lapor.notYourUnit}.
     */
    public ComplianceMatrix matrix(String typeCode, String periodText, String ownUnit) {
        LaporType type = lapor.findType(typeCode == null ? "" : typeCode.strip())
                .orElseThrow(() -> new BusinessException("lapor.typeUnknown", typeCode));
        if (ownUnit != null && !ownUnit.equals(type.getUnitCode())) {
            throw new BusinessException("lapor.notYourUnit", type.getCode());
        }
        Period period = Period.parse(type.getPeriodKind(), periodText);
        LocalDate deadline = type.deadline().map(r -> r.due(period, calendar.workingDays())).orElse(null);

        Map<String, List<ComplianceState.Sent>> sent = new HashMap<>();
        for (Object[] row : em.createQuery(SUBMISSIONS, Object[].class).setParameter("type", type.getCode())
                .setParameter("period", period.format()).getResultList()) {
            sent.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(new ComplianceState.Sent((String) row[1], (Instant) row[2], (Boolean) row[3], (LaporStatus) row[4]));
        }
        Map<String, Instant> reminded = new HashMap<>();
        em.createNamedQuery("LaporReminder.ofReport", LaporReminder.class).setParameter("type", type.getCode())
                .setParameter("period", period.format()).getResultList()
                .forEach(r -> reminded.put(r.getRegionCode(), r.getSentAt()));

        List<ComplianceRow> rows = new ArrayList<>();
        for (Region r : reference.regions().stream().sorted(Comparator.comparing(Region::getCode)).toList()) {
            List<ComplianceState.Sent> mine = sent.getOrDefault(r.getCode(), List.of());
            String receipt = mine.isEmpty() ? null : ComplianceState.inForce(mine).receipt();
            Instant first = mine.stream().map(ComplianceState.Sent::receivedAt).min(Comparator.naturalOrder()).orElse(null);
            rows.add(new ComplianceRow(r.getCode(), r.getName(), r.getLevel().name(), r.getProvinceCode(),
                    ComplianceState.of(mine), receipt, first, reminded.get(r.getCode())));
        }
        return new ComplianceMatrix(type.getCode(), type.getName(), type.getUnitCode(), period.format(), deadline,
                clock.today(), rows);
    }

    /**
     * The period a unit looks at first: the latest one that has ended (last month for a monthly report, the last
     * quarter, semester or year), as written.
     */
    public String latestEndedPeriod(String typeCode) {
        LaporType type = lapor.findType(typeCode).orElseThrow(() -> new BusinessException("lapor.typeUnknown", typeCode));
        PeriodKind kind = type.getPeriodKind();
        LocalDate today = clock.today();
        Period latest = new Period(kind, today.getYear() - 1, 1);
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            for (int i = 1; i <= kind.perYear(); i++) {
                Period p = new Period(kind, year, i);
                if (p.end().isBefore(today)) {
                    latest = p;
                }
            }
        }
        return latest.format();
    }
}
