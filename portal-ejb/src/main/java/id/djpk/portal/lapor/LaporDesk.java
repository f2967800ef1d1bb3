package id.djpk.portal.lapor;

import id.djpk.portal.identity.Role;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The owning units' work on the reports: the queue (a unit's PIC sees its types, agents and administrators all),
 * review, acceptance or return with a reason (e-mailed to the region), and the month's figures. The web layer
 * passes who decides ({@link Reviewer}); a unit deciding another unit's report is refused. Audited.
 */
@Stateless
public class LaporDesk {

    public static final int REASON_MAX = 4000;
    public static final int QUEUE_MAX = 500;

    /** Who acts: a Layer 2 account's unit, or an administrator (any unit). */
    public record Reviewer(String unitCode, boolean admin) {
    }

    /** The queue's filters; null or blank: any. */
    public record Filter(String typeCode, String period, String regionCode, LaporStatus status, String unitCode) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private LaporService lapor;

    @Inject
    private ReferenceData reference;

    @Inject
    private MailService mail;

    @Inject
    private OfficeClock clock;

    @Inject
    private Links links;

    /** Newest first, at most {@link #QUEUE_MAX}; superseded versions only when asked for by status. */
    public List<LaporSubmission> queue(Filter f) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<LaporSubmission> q = cb.createQuery(LaporSubmission.class);
        Root<LaporSubmission> s = q.from(LaporSubmission.class);
        List<Predicate> where = new ArrayList<>();
        if (present(f.typeCode())) {
            where.add(cb.equal(s.get("typeCode"), f.typeCode().strip()));
        }
        if (present(f.period())) {
            where.add(cb.equal(s.get("period"), f.period().strip().toUpperCase(java.util.Locale.ROOT)));
        }
        if (present(f.regionCode())) {
            where.add(cb.equal(s.get("regionCode"), f.regionCode().strip()));
        }
        where.add(f.status() == null ? cb.notEqual(s.get("status"), LaporStatus.SUPERSEDED) : cb.equal(s.get("status"), f.status()));
        if (present(f.unitCode())) {
            List<String> codes = lapor.types().stream().filter(t -> t.getUnitCode().equals(f.unitCode())).map(LaporType::getCode).toList();
            if (codes.isEmpty()) {
                return List.of();
            }
            where.add(s.get("typeCode").in(codes));
        }
        q.select(s).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(s.get("receivedAt")), cb.desc(s.get("id")));
        return em.createQuery(q).setMaxResults(QUEUE_MAX).getResultList();
    }

    /** The PIC starts reviewing a received report (shown to the region as "in review"). */
    @RolesAllowed({Role.AGENT_NAME, Role.L2_NAME, Role.ADMIN_NAME})
    public LaporSubmission review(String receipt, Reviewer who) {
        LaporSubmission s = owned(receipt, who);
        s.review(audit.currentActor(), clock.now());
        audit.record("LAPOR_IN_REVIEW", LaporService.ENTITY, s.getReceipt(), null);
        return s;
    }

    /** Accepts the report, or returns it with a reason the region reads (and is e-mailed). */
    @RolesAllowed({Role.AGENT_NAME, Role.L2_NAME, Role.ADMIN_NAME})
    public LaporSubmission decide(String receipt, String decision, String reason, Reviewer who) {
        List<Violation> v = new ArrayList<>();
        boolean accept = "ACCEPTED".equals(decision);
        if (!accept && !"RETURNED".equals(decision)) {
            v.add(Violation.of("decision", "lapor.decisionUnknown"));
        }
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        if ("RETURNED".equals(decision) && r == null) {
            v.add(Violation.of("reason", "lapor.reasonRequired"));
        } else if (r != null && r.length() > REASON_MAX) {
            v.add(Violation.of("reason", "lapor.tooLong", REASON_MAX));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LaporSubmission s = owned(receipt, who);
        LaporType type = lapor.findType(s.getTypeCode()).orElseThrow();
        String unitName = reference.findUnit(type.getUnitCode()).map(OrgUnit::getName).orElse(type.getUnitCode());
        Instant now = clock.now();
        if (accept) {
            s.accept(audit.currentActor(), now);
            mail.send(letters().accepted(s, type.getName(), unitName));
        } else {
            s.returnFor(r, audit.currentActor(), now);
            mail.send(letters().returned(s, type.getName(), unitName));
        }
        audit.record(accept ? "LAPOR_ACCEPTED" : "LAPOR_RETURNED", LaporService.ENTITY, s.getReceipt(), r);
        return s;
    }

    /** Whether the reviewer may decide reports of this type. */
    public boolean mayDecide(LaporSubmission s, Reviewer who) {
        return who.admin() || lapor.findType(s.getTypeCode()).map(t -> t.getUnitCode().equals(who.unitCode())).orElse(false);
    }

    /** The month's figures, see {@link LaporFigures}. */
    public LaporFigures figures(YearMonth month) {
        Map<String, Long> byType = new TreeMap<>();
        long[] timely = new long[2];
        for (Object[] row : counted(month.atDay(1).atStartOfDay(zone()).toInstant(), end(month))) {
            long n = ((Number) row[2]).longValue();
            byType.merge((String) row[0], n, Long::sum);
            if (Boolean.TRUE.equals(row[1])) {
                timely[0] += n;
            } else if (Boolean.FALSE.equals(row[1])) {
                timely[1] += n;
            }
        }
        long ytd = counted(YearMonth.of(month.getYear(), 1).atDay(1).atStartOfDay(zone()).toInstant(), end(month)).stream()
                .mapToLong(row -> ((Number) row[2]).longValue()).sum();
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        return new LaporFigures(month, total, new LinkedHashMap<>(byType), timely[0], timely[1], ytd);
    }

    /** The month of the first report received: Email Lapor came into use then. */
    public java.util.Optional<YearMonth> firstMonth() {
        Instant first = em.createNamedQuery("LaporSubmission.firstReceived", Instant.class).getSingleResult();
        return java.util.Optional.ofNullable(first).map(clock::monthOf);
    }

    /** The month's counts per line of the monthly report ({@link LaporType#getReportGroup}). */
    public Map<String, Long> byReportGroup(YearMonth month) {
        Map<String, String> groups = new LinkedHashMap<>();
        lapor.types().forEach(t -> groups.put(t.getCode(), t.getReportGroup()));
        Map<String, Long> out = new TreeMap<>();
        figures(month).byType().forEach((type, n) -> out.merge(groups.getOrDefault(type, "LAINNYA"), n, Long::sum));
        return out;
    }

    private List<Object[]> counted(Instant from, Instant to) {
        return em.createNamedQuery("LaporSubmission.firstReceivedBetween", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private Instant end(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone()).toInstant();
    }

    private LaporLetters letters() {
        return new LaporLetters(links, clock.zone());
    }

    private ZoneId zone() {
        return clock.zone();
    }

    private LaporSubmission owned(String receipt, Reviewer who) {
        LaporSubmission s = lapor.require(receipt);
        if (!mayDecide(s, who)) {
            throw new BusinessException("lapor.notYourUnit", s.getTypeCode());
        }
        return s;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
