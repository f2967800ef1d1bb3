package id.djpk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.KnowledgeBase;
import id.djpk.portal.helpdesk.Opened;
import id.djpk.portal.lapor.LaporReceipt;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.letter.LetterService;
import id.djpk.portal.livechat.LiveChatService;
import id.djpk.portal.ppid.ObjectionGround;
import id.djpk.portal.ppid.PpidForms;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.ppid.Submission;
import id.djpk.portal.publication.PublicationQuery;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.sitestats.SiteStatistics;
import id.djpk.portal.system.AccessAttempts;
import id.djpk.portal.system.RateCounts;
import id.djpk.portal.testing.Deployments;
import id.djpk.portal.testing.TestDatabaseSetup;
import id.djpk.portal.testing.TestFiles;
import id.djpk.portal.visit.VisitMode;
import id.djpk.portal.visit.VisitService;
import id.djpk.portal.visit.VisitSubmission;
import id.djpk.portal.whatsapp.Blasts;
import id.djpk.portal.whatsapp.WhatsAppInbox;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public site's least-privilege role on PostgreSQL (finding 9): the deployment connects as that role,
 * after the owner has migrated and applied {@code db/public-site-grants.sql}. The role cannot read staff
 * accounts, the outbox or the mailbox, and every write of the public site's paths runs through the real
 * services: a grant missing for one of them fails here, not in production.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("id.djpk.portal.PortalServicesPostgresIT#postgresConfigured")
class PublicSiteRolePostgresIT {

    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 100_000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.postgresAsPublicSite("public-role-pg", "portal.livechat.hours=always");
    }

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource publicSite;

    @Inject
    TestDatabaseSetup setup;
    @Inject
    PpidService ppid;
    @Inject
    HelpdeskService helpdesk;
    @Inject
    VisitService visits;
    @Inject
    LaporService lapor;
    @Inject
    WhatsAppInbox whatsapp;
    @Inject
    LiveChatService chats;
    @Inject
    Blasts blasts;
    @Inject
    SiteStatistics statistics;
    @Inject
    RateCounts counts;
    @Inject
    AccessAttempts attempts;
    @Inject
    PublicationService publications;
    @Inject
    ReportService reports;
    @Inject
    KnowledgeBase knowledge;
    @Inject
    LetterService letters;

    // ---------------------------------------------------------------- what the role may not do

    @Test
    void theDataSourceIsThePublicSitesRole() throws SQLException {
        assertEquals(Deployments.PUBLIC_ROLE, single("SELECT current_user"));
    }

    @Test
    void theRoleCannotReadStaffAccountsTheOutboxOrTheMailbox() {
        for (String table : List.of("staff_account", "staff_role", "login_counter", "mail_message", "mail_attachment",
                "email_inbox", "audit_entry", "flyway_schema_history", "lapor_reminder")) {
            SQLException e = assertThrows(SQLException.class, () -> single("SELECT COUNT(*) FROM " + table), table);
            assertEquals("42501", e.getSQLState(), table + ": " + e.getMessage());
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
        }
    }

    @Test
    void theRoleCannotWriteWhatStaffPublishOrChangeTheSchema() {
        for (String sql : List.of(
                "INSERT INTO staff_account (id, username) VALUES (-1, 'mallory')",
                "UPDATE publication SET title = 'x' WHERE id = -1",
                "DELETE FROM ppid_request WHERE id = -1",
                "UPDATE topic SET name = 'x' WHERE code = 'DAU'",
                "DELETE FROM audit_entry",
                "CREATE TABLE mallory (id INT)")) {
            SQLException e = assertThrows(SQLException.class, () -> execute(sql), sql);
            assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- what the public site does, as that role

    @Test
    void aPpidRequestIsSubmittedReadBackObjectedToAndAWrongCodeCounted() {
        Submission s = ppid.submit(PpidForms.valid(), new ByteArrayInputStream(TestFiles.pdf("KTP")), "ktp.pdf");
        assertTrue(ppid.findForRequester(s.trackingNumber(), s.accessCode()).isPresent());
        // a wrong code is counted (access_failure) and the lookup answers empty
        assertTrue(ppid.findForRequester(s.trackingNumber(), "AAAA-BBBB-CCCC-DDDD").isEmpty());
        ppid.dip();
        assertNotNull(ppid.explainDue(ppid.findForRequester(s.trackingNumber(), s.accessCode()).orElseThrow(),
                java.util.Locale.ENGLISH));
        // unanswered past its due date (moved back here as the owner): the requester files an objection
        java.time.LocalDate due = ppid.findForRequester(s.trackingNumber(), s.accessCode()).orElseThrow().getDueDate();
        TestDatabaseSetup.execute(setup.owner(), "UPDATE ppid_request SET due_date = CURRENT_DATE - 3 WHERE tracking_number = '"
                + s.trackingNumber() + "'");
        try {
            assertNotNull(ppid.fileObjection(s.trackingNumber(), s.accessCode(), ObjectionGround.C_NOT_ANSWERED, "Belum dijawab."));
        } finally {
            // the due date put back: the shared test database keeps no late request (the PPID figures' contract counts them)
            TestDatabaseSetup.execute(setup.owner(), "UPDATE ppid_request SET due_date = DATE '" + due
                    + "' WHERE tracking_number = '" + s.trackingNumber() + "'");
        }
    }

    @Test
    void aTicketIsOpenedWithConsentRepliedToAndRated() {
        String email = "warga" + SEQ.incrementAndGet() + "@example.go.id";
        Opened o = helpdesk.submit(Intake.webForm("Warga", email, "Pertanyaan", "Bagaimana DAU dihitung?", "32.01",
                "BPKAD", null, true), "Saya bersedia menerima pengumuman dari DJPK.");
        helpdesk.submit(Intake.webForm("Warga", email, "Lagi", "Pertanyaan kedua.", null, null, null, false),
                "Saya bersedia menerima pengumuman dari DJPK.");
        assertTrue(helpdesk.findForRequester(o.number(), o.accessCode()).isPresent());
        helpdesk.requesterReply(o.number(), o.accessCode(), "Tambahan pertanyaan.");
    }

    @Test
    void aConsultationIsBookedWithItsLetter() {
        var form = VisitServicesContract.form("32.0" + (SEQ.incrementAndGet() % 9 + 1), "Pemerintah Kabupaten Uji",
                VisitMode.TATAP_MUKA, 2, false);
        form.setLetterDate(LocalDate.now().minusDays(1).toString());
        VisitSubmission s = visits.submit(form, new ByteArrayInputStream(TestFiles.pdf("Surat permohonan")), "surat.pdf");
        assertTrue(visits.findForRequester(s.code(), s.accessCode()).isPresent());
        LocalDate today = LocalDate.now();
        assertNotNull(visits.availability(today, today.plusWeeks(2)));
        visits.quotaLeft("32.01", YearMonth.now());
    }

    @Test
    void anEmailLaporReportIsHandedInCorrectedAndItsReceiptRead() {
        String period = (2000 + SEQ.incrementAndGet() % 20) + "-01";
        LaporReceipt r = lapor.submit(LaporServicesContract.form("32.03", "DAU", period),
                List.of(LaporServicesContract.file("laporan.pdf", TestFiles.pdf("Laporan DAU " + period))));
        assertTrue(lapor.findForRegion(r.receipt(), r.accessCode()).isPresent());
        // the PIC returns it (a staff action, done here as the owner), the region sends its correction
        TestDatabaseSetup.execute(setup.owner(), "UPDATE lapor_submission SET status = 'RETURNED' WHERE receipt = '"
                + r.receipt() + "'");
        lapor.correct(r.receipt(), r.accessCode(), "Perbaikan",
                List.of(LaporServicesContract.file("perbaikan.pdf", TestFiles.pdf("Perbaikan " + period))));
        assertTrue(lapor.receiptPdf(r.receipt(), r.accessCode()).isPresent());
        assertFalse(lapor.activeTypes().isEmpty());
    }

    @Test
    void aWhatsAppDeliveryIsStoredAndWorked() throws SQLException {
        String from = "62812" + (1_000_000 + SEQ.incrementAndGet());
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"6221500000\","
                + "\"phone_number_id\":\"1\"},\"contacts\":[{\"profile\":{\"name\":\"Pak Joko\"},\"wa_id\":\"" + from + "\"}],"
                + "\"messages\":[{\"from\":\"" + from + "\",\"id\":\"wamid." + from + "\",\"timestamp\":\""
                + Instant.now().getEpochSecond() + "\",\"type\":\"text\",\"text\":{\"body\":\"Halo\"}}]}}]}]}";
        Set<String> senders = whatsapp.store(body.getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of(from), senders);
        assertEquals(1, whatsapp.process(from));
        assertEquals("DONE", single("SELECT state FROM wa_event WHERE wa_id = '" + from + "'"));
    }

    @Test
    void aLiveChatIsStartedWrittenAndClosed() throws SQLException {
        TestDatabaseSetup.execute(setup.owner(), "DELETE FROM livechat_presence WHERE username = 'agent-pg'");
        TestDatabaseSetup.execute(setup.owner(), "INSERT INTO livechat_presence (username, available, seen_at) "
                + "VALUES ('agent-pg', TRUE, CURRENT_TIMESTAMP AT TIME ZONE 'UTC')");
        LiveChatService.Start s = chats.start("Warga", "chat" + SEQ.incrementAndGet() + "@example.go.id", "32.01",
                "Apakah ada yang bisa membantu?", "203.0.113." + SEQ.get() % 250);
        assertEquals(LiveChatService.Start.Outcome.STARTED, s.outcome());
        assertTrue(chats.resume(s.token()).isPresent());
        LiveChatService.Line line = chats.write(s.token(), "Halo?");
        chats.delivered(List.of(line.id()));
        chats.pending(List.of(s.ticket()), Instant.now().minusSeconds(60));
        chats.closeByVisitor(s.token());
    }

    @Test
    void anUnsubscribeLinkWithdrawsConsent() throws SQLException {
        String email = "pengumuman" + SEQ.incrementAndGet() + "@example.go.id";
        helpdesk.submit(Intake.webForm("Warga", email, "Pertanyaan", "Pertanyaan.", null, null, null, true),
                "Saya bersedia menerima pengumuman dari DJPK.");
        long contact = Long.parseLong(single("SELECT id FROM helpdesk_contact WHERE email = '" + email + "'"));
        String code = "UNSUB-" + SEQ.incrementAndGet();
        TestDatabaseSetup.execute(setup.owner(), "INSERT INTO contact_unsubscribe (code_hash, contact_id, created_at) VALUES ('"
                + id.djpk.portal.system.AccessCode.hash(code) + "', " + contact + ", CURRENT_TIMESTAMP)");
        assertTrue(blasts.unsubscribe(code));
    }

    @Test
    void trafficRateLimitsAndWrongCodesAreCounted() {
        LocalDate day = LocalDate.now();
        assertNotNull(statistics.saltFor(day));
        assertNotNull(statistics.saltFor(day.plusDays(1)), "a new day's salt, yesterday's deleted");
        statistics.record(day, Map.of("/publikasi", 3L), List.of("v" + SEQ.incrementAndGet()));
        statistics.record(day, Map.of("/publikasi", 2L), List.of("v" + SEQ.get()));
        // the pages' titles: a new one, then a changed one (a path of this test's own: the database is shared)
        String titled = "/uji-peran-" + SEQ.incrementAndGet();
        statistics.record(day, Map.of(), List.of(), Map.of(titled, "Judul"));
        statistics.record(day.plusDays(1), Map.of(), List.of(), Map.of(titled, "Judul Baru"));
        String subject = "198.51.100." + SEQ.incrementAndGet() % 250;
        assertEquals(1, counts.raise("test-series", subject, Duration.ofHours(1)).hits());
        assertEquals(2, counts.raise("test-series", subject, Duration.ofHours(1)).hits());
        attempts.failed(AccessAttempts.Kind.PPID, "PPID-0000-" + SEQ.get());
    }

    @Test
    void whatIsPublicIsRead() {
        publications.visible(new PublicationQuery(null, null, null, 1, 10));
        publications.upcomingEvents(5);
        publications.contentRevision();
        reports.publishedReports();
        knowledge.faq("DAU", 5);
        letters.verify("S-1/PK.1/2024", null);
    }

    @Test
    void anAnonymousCallerIsRefusedTheStaffsSteps() {
        // the public site has no signed-in caller: the report editors' steps refuse it (finding 13, @RolesAllowed)
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> reports.open(YearMonth.of(2023, 6)));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> reports.refresh(YearMonth.of(2023, 6)));
    }

    // ---------------------------------------------------------------- plumbing

    private String single(String sql) throws SQLException {
        try (Connection c = publicSite.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = publicSite.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
