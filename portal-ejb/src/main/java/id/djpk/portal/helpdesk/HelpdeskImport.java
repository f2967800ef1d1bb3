package id.djpk.portal.helpdesk;

import id.djpk.portal.identity.Role;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.reference.ReferenceData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The previous CRM's history. The whole file is validated first and imported in one transaction: a bad line
 * imports nothing, and a failure half-way rolls everything back. A line whose {@code external_id} was imported
 * before is left as it is, so importing the same file again changes nothing.
 */
@Stateless
public class HelpdeskImport {

    /** The source reference of imported tickets: the CRM's id under a prefix no channel uses. */
    static final String SOURCE_PREFIX = "crm:";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private HelpdeskService helpdesk;

    @Inject
    private ReferenceData reference;

    @Inject
    private CalendarService calendar;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public ImportReport importCsv(InputStream csv) {
        TicketCsv parser = new TicketCsv(code -> reference.findRegion(code).isPresent(),
                code -> reference.findTopic(code).isPresent(), code -> reference.findUnit(code).isPresent());
        TicketCsv.Result result = parser.read(csv);
        if (!result.errors().isEmpty()) {
            return new ImportReport(0, 0, result.errors());
        }
        Set<String> known = new HashSet<>(em.createNamedQuery("Ticket.importedRefs", String.class)
                .setParameter("prefix", SOURCE_PREFIX + "%").getResultList());
        WorkingDays days = calendar.workingDays();
        int imported = 0;
        int unchanged = 0;
        for (ImportRow row : result.rows()) {
            if (known.contains(SOURCE_PREFIX + row.externalId())) {
                unchanged++;
                continue;
            }
            helpdesk.recordHistory(row, days);
            imported++;
            if (imported % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        audit.record("TICKETS_IMPORTED", "Ticket", null, imported + " imported, " + unchanged + " unchanged");
        return new ImportReport(imported, unchanged, List.of());
    }
}
