package id.djpk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.helpdesk.AgentDesk;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.HelpdeskImport;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.KnowledgeBase;
import id.djpk.portal.helpdesk.Layer2Desk;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.helpdesk.TicketStatus;
import id.djpk.portal.helpdesk.UserCategory;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.lapor.LaporDesk;
import id.djpk.portal.letter.LetterService;
import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.DipService;
import id.djpk.portal.ppid.PpidDesk;
import id.djpk.portal.ppid.PpidReleases;
import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.report.MonthlyReport;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.testing.AsAdministrator;
import id.djpk.portal.testing.Caller;
import id.djpk.portal.testing.Deployments;
import id.djpk.portal.visit.VisitDesk;
import id.djpk.portal.visit.VisitMinutes;
import id.djpk.portal.visit.VisitReception;
import id.djpk.portal.whatsapp.Blasts;
import id.djpk.portal.whatsapp.WhatsAppAdmin;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The services check roles themselves ({@code @RolesAllowed}), not only the staff portal's addresses (web.xml): a
 * signed-in member of staff without the role is refused a step with {@link EJBAccessException} before anything is
 * looked up or changed, while what the public site, the timers and the demo data call stays open. The steps with
 * their roles are the contracts' (signed in with every staff role, {@link Deployments#signedInAsStaff}).
 */
@ExtendWith(ArquillianExtension.class)
@Caller(name = StaffServicesRolesIT.PUBLISHER, roles = Role.PUBLISHER_NAME)
class StaffServicesRolesIT {

    static final String PUBLISHER = "publisher-it";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.signedInAsStaff(Deployments.h2("roles-h2"));
    }

    @Inject ReportService reports;
    @Inject WhatsAppAdmin whatsAppAdmin;
    @Inject AuditTrail audit;
    @Inject Layer2Desk layer2;
    @Inject AgentDesk agentDesk;
    @Inject KnowledgeBase knowledge;
    @Inject HelpdeskImport imports;
    @Inject HelpdeskService helpdesk;
    @Inject TicketQueues queues;
    @Inject PpidDesk ppidDesk;
    @Inject PpidReleases releases;
    @Inject DipService dips;
    @Inject VisitDesk visitDesk;
    @Inject VisitReception reception;
    @Inject VisitMinutes minutes;
    @Inject LaporDesk laporDesk;
    @Inject StaffDirectory staff;
    @Inject Blasts blasts;
    @Inject LetterService letters;
    @Inject PublicationService publications;
    @Inject AsAdministrator asAdministrator;

    @Test
    void theCallerIsAPublisher() {
        assertEquals(PUBLISHER, audit.currentActor());
    }

    @Test
    void aPublisherIsRefusedTheReportEditorsSteps() {
        YearMonth m = YearMonth.of(2023, 4);
        refused(
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
        assertTrue(reports.find(m).isEmpty(), "nothing was compiled for the refused open");
    }

    @Test
    void aPublisherIsRefusedTheWhatsAppAdministration() {
        refused(
                () -> whatsAppAdmin.templates(),
                () -> whatsAppAdmin.addTemplate("promo", "id", 0, "x"),
                () -> whatsAppAdmin.setMenuTopics(1, List.of("DAU")));
    }

    @Test
    void aPublisherIsRefusedTheHelpdesksSteps() {
        // refused before anything is looked up: no such ticket is needed
        String n = "TIK-2000-000001";
        refused(
                () -> layer2.draft(n, "DTU", "konsep"),
                () -> agentDesk.assignToMe(n),
                () -> agentDesk.reply(n, "jawaban"),
                () -> agentDesk.reply(n, "jawaban", List.of()),
                () -> agentDesk.replyThrough(n, "jawaban", (t, m) -> { }),
                () -> agentDesk.note(n, "catatan"),
                () -> agentDesk.classify(n, UserCategory.PEMDA, "32.73", List.of("DAU")),
                () -> agentDesk.escalate(n, "DTU", "ringkasan"),
                () -> agentDesk.close(n),
                () -> agentDesk.assignAll(List.of(n), "agen"),
                () -> agentDesk.closeAll(List.of(n)),
                () -> agentDesk.transfer(n, "agen"),
                () -> agentDesk.reopen(n),
                () -> agentDesk.merge(n, "TIK-2000-000002"),
                () -> knowledge.save(null, "Tanya?", "Jawab.", "DAU", null, true),
                () -> knowledge.save(null, "Tanya?", "Jawab.", "DAU", null, true, "agen"),
                () -> knowledge.review(1L, "DTU"),
                () -> knowledge.review(1L, "DTU", "agen"),
                () -> imports.importCsv(new ByteArrayInputStream(new byte[0])),
                () -> blasts.create("x", null, null, null, List.of(), "s", "b", null, null));
    }

    @Test
    void aPublisherIsRefusedThePpidOfficersSteps() {
        String n = "PPID-2000-000001";
        refused(
                () -> ppidDesk.extend(n, 7, "alasan"),
                () -> ppidDesk.decide(n, Decision.GRANTED, "teks", null, null, null),
                () -> ppidDesk.decideObjection(n, null, "teks"),
                () -> ppidDesk.personalDetailsViewed(null),
                () -> ppidDesk.openIdScan(null),
                () -> ppidDesk.classify(n, "DAU"),
                () -> ppidDesk.messages(null),
                () -> releases.prepareFile(n, "judul", new ByteArrayInputStream(new byte[0]), "a.pdf"),
                () -> releases.preparePublication(n, "slug"),
                () -> releases.removePrepared(n, 1L),
                () -> releases.fileForStaff(1L),
                () -> dips.save(null, null),
                () -> dips.delete(1L));
    }

    @Test
    void aPublisherIsRefusedTheVisitDesksAndLayerTwosVisitSteps() {
        String code = "KNJ-2000-0001";
        refused(
                () -> visitDesk.confirm(code, null, "DTU", null),
                () -> visitDesk.reschedule(code, null, "catatan"),
                () -> visitDesk.cancel(code, "alasan"),
                () -> reception.checkIn(code, Set.of(), List.of()),
                () -> reception.checkIn(code, Set.of(), List.of(), "terlambat"),
                () -> reception.markNoShow(code),
                () -> minutes.recordMinutes(code, "DTU", null, null, null, null, null),
                () -> letters.register("S-1/PK/2026", LocalDate.of(2026, 1, 5), "hal", "kepada",
                        new ByteArrayInputStream(new byte[0]), "s.pdf", false));
    }

    @Test
    void aPublisherIsRefusedEmailLaporsReviewAndTheAccountAdministration() {
        refused(
                () -> laporDesk.review("LPR-2000-000001", new LaporDesk.Reviewer(null, true)),
                () -> laporDesk.decide("LPR-2000-000001", "ACCEPTED", null, new LaporDesk.Reviewer(null, true)),
                () -> staff.create("baru", "Akun Baru", null, "Sandi-Panjang-Sekali-1", Set.of(Role.ADMIN), null),
                () -> staff.update(1L, "Nama", null, Set.of(Role.ADMIN), null),
                () -> staff.setEnabled(1L, false),
                () -> staff.resetPassword(1L));
    }

    @Test
    @Caller(name = "agent-it", roles = Role.AGENT_NAME)
    void anAgentIsRefusedTheOtherDesksAndThePublications() {
        refused(
                () -> ppidDesk.decide("PPID-2000-000001", Decision.GRANTED, "teks", null, null, null),
                () -> visitDesk.cancel("KNJ-2000-0001", "alasan"),
                () -> publications.withdraw(1L, "alasan"),
                () -> staff.resetPassword(1L),
                () -> reports.publish(YearMonth.of(2023, 4)));
    }

    @Test
    void aPublisherPublishesAndWhatThePublicSiteTheTimersAndTheDemoCallStaysOpen() {
        PublicationDraft d = new PublicationDraft();
        d.setType(PublicationType.BERITA);
        d.setTitle("Berita uji peran " + SEQ.incrementAndGet());
        d.setBody("Isi berita.");
        d.setDocDate(LocalDate.of(2026, 1, 5));
        Publication p = publications.create(d);
        assertEquals(PUBLISHER, p.getCreatedBy(), "the publisher's own step");

        YearMonth m = YearMonth.of(2023, 5);
        // the report timer's step (no caller at all in production; a publisher's call goes through too)
        MonthlyReport draft = reports.createDraft(m, AuditTrail.SYSTEM);
        assertEquals(m, draft.getMonth());
        assertTrue(reports.published(m).isEmpty());
        reports.publishedReports();
        reports.recent();
        // the public site's and the demo's steps
        String n = helpdesk.open(intake(), AuditTrail.PUBLIC, Instant.now()).number();
        ppidDesk.queue();
        visitDesk.queue();
        knowledge.faq("DAU", 5);
        staff.create("sistem-" + SEQ.incrementAndGet(), "Dibuat Sistem", null, "Sandi-Panjang-Sekali-1",
                Set.of(Role.DESK), null, AuditTrail.SYSTEM);
        agentDesk.closeAs(n, AuditTrail.SYSTEM);
        assertEquals(TicketStatus.CLOSED, queues.get(n).getStatus(), "the live chat's close, on its own actor");
    }

    @Test
    @Caller(name = "l2-dtk-it", roles = Role.L2_NAME)
    void aLayerTwoAccountDraftsForItsOwnUnitWhateverThePageSends() throws Exception {
        if (staff.findByUsername("l2-dtk-it").isEmpty()) {
            staff.create("l2-dtk-it", "Tim DTK", null, "Sandi-Unit-Panjang-1", Set.of(Role.L2), "DTK", AuditTrail.SYSTEM);
        }
        String forDtu = escalated("DTU");
        // the page says DTU, the account is DTK's: refused as another unit's ticket, nothing changes
        assertEquals("helpdesk.notWaitingOnUnit", assertThrows(BusinessException.class,
                () -> layer2.draft(forDtu, "DTU", "konsep untuk unit lain")).getKey());
        assertEquals(TicketStatus.WAITING_L2, queues.get(forDtu).getStatus());

        String forDtk = escalated("DTK");
        Ticket drafted = layer2.draft(forDtk, "DTU", "Konsep jawaban unit DTK.");
        assertEquals(TicketStatus.OPEN, drafted.getStatus(), "drafted for its own unit, whatever was sent");
        assertEquals("l2-dtk-it", drafted.getL2AnsweredBy());
    }

    private String escalated(String unit) throws Exception {
        String n = helpdesk.open(intake(), AuditTrail.PUBLIC, Instant.now()).number();
        asAdministrator.call(() -> agentDesk.escalate(n, unit, "Mohon rincian"));
        return n;
    }

    private static Intake intake() {
        return new Intake(Channel.WEB_FORM, null, "Rina Marlina", "rina-" + SEQ.incrementAndGet() + "@example.go.id",
                null, "32.73", "BPKAD Kota Bandung", UserCategory.PEMDA, Set.of("DAU"), "Rincian DAU",
                "Mohon informasi rincian alokasi DAU.", false);
    }

    private static void refused(Executable... steps) {
        for (Executable step : steps) {
            assertThrows(EJBAccessException.class, step);
        }
    }
}
