package id.djpk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.helpdesk.Layer2Desk;
import id.djpk.portal.report.MonthlyReport;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.testing.Deployments;
import id.djpk.portal.testing.signin.publisher.SignedInPublisher;
import id.djpk.portal.whatsapp.WhatsAppAdmin;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The services check roles themselves ({@code @RolesAllowed}), not only the staff portal's addresses: a signed-in
 * publisher (no report editor, no administrator) is refused the monthly report's steps, the WhatsApp
 * administration and Layer 2's draft with {@link EJBAccessException}, while what the public site and the timers
 * call stays open. The same steps with the role are {@link ReportServicesIT}'s (signed in as a report editor) and
 * {@link HelpdeskServicesContract}'s (the draft run as an administrator, {@code testing.AsAdministrator}).
 */
@ExtendWith(ArquillianExtension.class)
class StaffServicesRolesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.signedInAsPublisher(Deployments.h2("roles-h2"));
    }

    @Inject
    ReportService reports;

    @Inject
    WhatsAppAdmin whatsAppAdmin;

    @Inject
    AuditTrail audit;

    @Inject
    Layer2Desk layer2;

    @Test
    void theCallerIsAPublisher() {
        assertEquals(SignedInPublisher.NAME, audit.currentActor());
    }

    @Test
    void aPublisherIsRefusedTheReportEditorsSteps() {
        YearMonth m = YearMonth.of(2023, 4);
        List<Executable> steps = List.of(
                () -> reports.open(m),
                () -> reports.refresh(m),
                () -> reports.enter(m, "x", 1L),
                () -> reports.enter(m, Map.of("x", 1L)),
                () -> reports.removeBlast(m, 1L),
                () -> reports.write(m, "a", "b", "c"),
                () -> reports.submit(m),
                () -> reports.sendBack(m),
                () -> reports.publish(m),
                () -> reports.revise(m, "koreksi"));
        for (Executable step : steps) {
            assertThrows(EJBAccessException.class, step);
        }
        assertTrue(reports.find(m).isEmpty(), "nothing was compiled for the refused open");
    }

    @Test
    void aPublisherIsRefusedTheWhatsAppAdministration() {
        assertThrows(EJBAccessException.class, () -> whatsAppAdmin.templates());
        assertThrows(EJBAccessException.class, () -> whatsAppAdmin.addTemplate("promo", "id", 0, "x"));
        assertThrows(EJBAccessException.class, () -> whatsAppAdmin.setMenuTopics(1, List.of("DAU")));
    }

    @Test
    void aPublisherIsRefusedLayerTwosDraft() {
        // refused before anything is looked up: no such ticket is needed
        assertThrows(EJBAccessException.class, () -> layer2.draft("TIK-2000-000001", "DTU", "konsep"));
    }

    @Test
    void whatThePublicSiteAndTheTimerCallStaysOpen() {
        YearMonth m = YearMonth.of(2023, 5);
        // the report timer's step (no caller at all in production; here a publisher's call goes through too)
        MonthlyReport draft = reports.createDraft(m, AuditTrail.SYSTEM);
        assertEquals(m, draft.getMonth());
        assertTrue(reports.find(m).isPresent());
        assertTrue(reports.published(m).isEmpty());
        reports.publishedReports();
        reports.recent();
    }
}
