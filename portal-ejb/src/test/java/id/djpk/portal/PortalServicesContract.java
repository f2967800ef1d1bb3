package id.djpk.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.audit.AuditEntry;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.Deadline;
import id.djpk.portal.calendar.Holiday;
import id.djpk.portal.calendar.OfficeHours;
import id.djpk.portal.identity.LoginOutcome;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.MailStatus;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.DipCategory;
import id.djpk.portal.ppid.DipEntry;
import id.djpk.portal.ppid.DipService;
import id.djpk.portal.ppid.ReleasedInformation;
import id.djpk.portal.ppid.ExemptionGround;
import id.djpk.portal.ppid.InformationRequest;
import id.djpk.portal.ppid.ObjectionGround;
import id.djpk.portal.ppid.ObjectionOutcome;
import id.djpk.portal.ppid.PpidDesk;
import id.djpk.portal.ppid.PpidFigures;
import id.djpk.portal.ppid.PpidFiguresQuery;
import id.djpk.portal.ppid.PpidForms;
import id.djpk.portal.ppid.PpidReleases;
import id.djpk.portal.ppid.PpidReminders;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.ppid.QueueItem;
import id.djpk.portal.ppid.RequestEvent;
import id.djpk.portal.ppid.RequestForm;
import id.djpk.portal.ppid.RequestStatus;
import id.djpk.portal.ppid.Submission;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.system.TooManyAttemptsException;
import id.djpk.portal.publication.ChangeSet;
import id.djpk.portal.publication.LegalStatus;
import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationQuery;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.RegulationMetadata;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.sitestats.MonthlyTraffic;
import id.djpk.portal.sitestats.SiteStatistics;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import id.djpk.portal.testing.TestFiles;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The services against a real database inside Payara Micro. Run once on H2 ({@code PortalServicesIT})
 * and once on PostgreSQL ({@code PortalServicesPostgresIT}): the same migrations, the same behaviour.
 */
public abstract class PortalServicesContract {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 9000));

    @Inject
    ReferenceData reference;
    @Inject
    PublicationService publications;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;
    @Inject
    SiteStatistics statistics;
    @Inject
    CalendarService calendar;
    @Inject
    PpidService ppid;
    @Inject
    OfficeClock clock;
    @Inject
    PpidDesk ppidDesk;
    @Inject
    PpidReleases ppidReleases;
    @Inject
    DipService dips;
    @Inject
    PpidFiguresQuery ppidFigures;
    @Inject
    PpidReminders ppidReminders;
    @Inject
    id.djpk.portal.ppid.IdScans retention;
    @Inject
    PortalConfig config;
    @Inject
    MailService mail;
    @Inject
    id.djpk.portal.system.OfficeClock officeClock;
    @Inject
    id.djpk.portal.system.RateCounts rates;
    @PersistenceContext(unitName = "portal")
    EntityManager em;
    @Resource
    UserTransaction tx;

    /** For the few tests that must put the database into a state no service call produces (a past due date). */
    void inTransaction(Runnable work) {
        try {
            tx.begin();
            work.run();
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int next() {
        return 1000 + SEQ.incrementAndGet();
    }

    static PublicationDraft regulation(int number, String about) {
        PublicationDraft d = new PublicationDraft();
        d.setType(PublicationType.PERATURAN);
        d.setTitle("PMK Nomor " + number + " Tahun 2024 tentang " + about);
        d.setDocDate(LocalDate.of(2024, 3, 4));
        d.setTopics(Set.of("PDRD"));
        RegulationMetadata m = new RegulationMetadata();
        m.setKind("Peraturan Menteri Keuangan");
        m.setAbbreviation("pmk");
        m.setNumber(String.valueOf(number));
        m.setYear(2024);
        m.setAbout(about);
        m.setDateEnacted(LocalDate.of(2024, 3, 4));
        d.setRegulation(m);
        return d;
    }

    @Test
    void referenceDataIsSeededFromTheSharedLists() {
        assertEquals(552, reference.regions().size());
        assertEquals("WIT", reference.findRegion("94").orElseThrow().getTimeZone().name(), "Papua");
        assertTrue(reference.topics().size() >= 30);
        assertTrue(reference.findUnit("DTU").isPresent());
        assertTrue(reference.holidays().stream().anyMatch(h -> h.getDate().equals(LocalDate.of(2024, 8, 17))));
    }

    @Test
    void aRegulationGoesFromDraftToPublicAndBack() {
        int n = next();
        long revision = publications.contentRevision();
        Publication p = publications.create(regulation(n, "Pajak Daerah dan Retribusi Daerah"));
        assertEquals("PMK", p.getRegulation().getAbbreviation());
        assertTrue(publications.findVisible(p.getSlug()).isEmpty(), "a draft is not public");

        publications.attach(p.getId(), new ByteArrayInputStream(TestFiles.pdf("Tata cara penyaluran")), "pmk-" + n + ".pdf");
        assertTrue(publications.attachmentText(p.getId()).contains("penyaluran"));

        Instant before = Instant.now().minusSeconds(1);
        publications.publish(p.getId(), null);
        assertTrue(publications.contentRevision() > revision, "publishing bumps the content revision");
        var item = publications.findVisible(p.getSlug()).orElseThrow();
        assertEquals(1, item.files().size());
        assertEquals(LegalStatus.BERLAKU, item.legalStatus());
        assertTrue(publications.visible(new PublicationQuery(PublicationType.PERATURAN, 2024, "PDRD", 0, 100)).items()
                .stream().anyMatch(i -> i.id() == p.getId()));
        ChangeSet changes = publications.changedSince(before);
        assertTrue(changes.visible().stream().anyMatch(i -> i.id() == p.getId()));

        Instant beforeWithdrawal = Instant.now().minusSeconds(1);
        publications.withdraw(p.getId(), "Diganti versi yang benar");
        assertTrue(publications.findVisible(p.getSlug()).isEmpty());
        assertTrue(publications.changedSince(beforeWithdrawal).gone().contains(p.getId()));
        Publication archived = publications.get(p.getId());
        assertEquals("Diganti versi yang benar", archived.getWithdrawReason());

        List<String> actions = audit.forEntity("Publication", p.getId()).stream().map(AuditEntry::getAction).toList();
        assertEquals(List.of("PUBLICATION_CREATED", "ATTACHMENT_ADDED", "PUBLICATION_PUBLISHED", "PUBLICATION_WITHDRAWN"), actions);
    }

    @Test
    void badInputChangesNothing() {
        int n = next();
        Publication p = publications.create(regulation(n, "Dana Alokasi Umum"));
        long count = publications.staffList(null, null, null, 0, 1).total();

        InvalidInputException duplicate = assertThrows(InvalidInputException.class,
                () -> publications.create(regulation(n, "Dana Alokasi Umum lagi")));
        assertEquals("regulation.duplicate", duplicate.getViolations().get(0).key());

        PublicationDraft script = regulation(next(), "Dana");
        script.setTitle("<script>alert('x')</script>");
        assertEquals("input.markupNotAllowed", assertThrows(InvalidInputException.class, () -> publications.create(script)).getKey());

        BusinessException fake = assertThrows(BusinessException.class, () -> publications.attach(p.getId(),
                new ByteArrayInputStream(TestFiles.fakePdf()), "palsu.pdf"));
        assertEquals("file.contentMismatch", fake.getKey());
        BusinessException big = assertThrows(BusinessException.class, () -> publications.attach(p.getId(),
                new ByteArrayInputStream(new byte[2 * 1024 * 1024 + 1]), "besar.csv"));
        assertEquals("file.tooLarge", big.getKey());

        assertEquals(count, publications.staffList(null, null, null, 0, 1).total());
        assertTrue(publications.get(p.getId()).getAttachments().isEmpty());
    }

    @Test
    void aScheduledPublicationAppearsAtItsTime() {
        // whole seconds: the database keeps microseconds and rounds, which could put the stored time after the clock's
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        officeClock.set(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        try {
            Publication p = publications.create(regulation(next(), "Insentif Fiskal"));
            Instant at = now.plusSeconds(3600);
            publications.publish(p.getId(), at);
            assertTrue(publications.findVisible(p.getSlug()).isEmpty());
            assertTrue(publications.nextScheduled(now).isPresent());
            officeClock.set(java.time.Clock.fixed(at, java.time.ZoneOffset.UTC));
            assertTrue(publications.findVisible(p.getSlug()).isPresent(), "public once the office clock reaches its time");
        } finally {
            officeClock.set(null);
        }
    }

    @Test
    void anAmendingRegulationChangesTheStatusOfTheOldOneOnceItIsPublic() {
        Publication old = publications.create(regulation(next(), "Dana Bagi Hasil"));
        publications.publish(old.getId(), null);
        PublicationDraft amending = regulation(next(), "Perubahan atas Dana Bagi Hasil");
        amending.setAmendsId(old.getId());
        Publication newer = publications.create(amending);
        publications.publish(newer.getId(), Instant.now().plusSeconds(3600));
        assertEquals(LegalStatus.BERLAKU, publications.findVisible(old.getSlug()).orElseThrow().legalStatus(),
                "a scheduled amendment changes nothing yet");
        publications.unschedule(newer.getId());
        publications.publish(newer.getId(), null);
        var oldItem = publications.findVisible(old.getSlug()).orElseThrow();
        assertEquals(LegalStatus.DIUBAH, oldItem.legalStatus());
        assertEquals(newer.getSlug(), oldItem.amendedBy().get(0).slug());
    }

    @Test
    void failedSignInsSlowTheAddressTheyComeFromNotTheAccountsOwner() {
        String name = "staf" + next();
        staff.create(name, "Staf Uji", null, "rahasia-panjang-1", Set.of(Role.AGENT), null);
        String owner = "203.0.113." + (next() % 250);
        String attacker = "198.51.100." + (next() % 250);
        assertTrue(staff.authenticate(name, "rahasia-panjang-1", owner).ok());
        for (int i = 0; i < 5; i++) {
            assertEquals(LoginOutcome.Result.INVALID, staff.authenticate(name, "salah-" + i, attacker).result());
        }
        LoginOutcome refused = staff.authenticate(name, "rahasia-panjang-1", attacker);
        assertEquals(LoginOutcome.Result.THROTTLED, refused.result(), "even the right password waits at that address");
        assertTrue(refused.waitUntil().isAfter(Instant.now().plusSeconds(30)), refused.waitUntil()::toString);
        assertTrue(staff.authenticate(name, "rahasia-panjang-1", owner).ok(), "the owner signs in from their own address");
        assertTrue(staff.authenticate(name, "rahasia-panjang-1", "2001:db8:" + next() + ":1::/64").ok());

        List<AuditEntry> entries = audit.forEntity("StaffAccount", name);
        List<String> actions = entries.stream().map(AuditEntry::getAction).toList();
        assertTrue(actions.containsAll(List.of("STAFF_CREATED", "LOGIN", "LOGIN_FAILED", "LOGIN_THROTTLED")), actions::toString);
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("LOGIN_THROTTLED")
                && e.getDetail().contains(attacker)), "the audit names the address");
    }

    @Test
    void unknownNamesAndDisabledAccountsAreRefusedLikeAWrongPasswordAndCountedToo() {
        String address = "192.0.2." + (next() % 250);
        String name = "l2" + next();
        var account = staff.create(name, "Tim DTK", null, "rahasia-panjang-1", Set.of(Role.L2), "DTK");
        staff.setEnabled(account.getId(), false);
        assertEquals(LoginOutcome.Result.INVALID, staff.authenticate(name, "rahasia-panjang-1", address).result());
        assertEquals(LoginOutcome.Result.INVALID, staff.authenticate("tidak-ada-" + next(), "rahasia-panjang-1", address).result());
        assertTrue(audit.forEntity("StaffAccount", name).stream().anyMatch(e -> "account disabled from ".concat(address)
                .equals(e.getDetail())));
        // twenty failures from one address, whatever the names, make that address wait for every name
        for (int i = 2; i < 20; i++) {
            assertEquals(LoginOutcome.Result.INVALID, staff.authenticate("coba-" + i + "-" + next(), "salah", address).result());
        }
        assertEquals(LoginOutcome.Result.THROTTLED, staff.authenticate(name, "rahasia-panjang-1", address).result());
        staff.setEnabled(account.getId(), true);
        assertEquals(LoginOutcome.Result.THROTTLED, staff.authenticate(name, "rahasia-panjang-1", address).result());
        assertTrue(staff.authenticate(name, "rahasia-panjang-1", "192.0.2.251").ok());
    }

    @Test
    void accountRules() {
        String name = "l2" + next();
        assertEquals("identity.unitRequired", assertThrows(BusinessException.class,
                () -> staff.create(name, "Tim", null, "rahasia-panjang-1", Set.of(Role.L2), null)).getKey());
        assertEquals("identity.passwordCommon", assertThrows(BusinessException.class,
                () -> staff.create(name, "Tim", null, "Password1234", Set.of(Role.L2), "DTK")).getKey());
        var account = staff.create(name, "Tim DTK", null, "rahasia-panjang-1", Set.of(Role.L2), "DTK");
        assertEquals("DTK", account.getUnit().getCode());
        assertEquals("identity.usernameTaken", assertThrows(BusinessException.class,
                () -> staff.create(name, "Tim", null, "rahasia-panjang-1", Set.of(Role.L2), "DTK")).getKey());
        String address = "192.0.2." + (next() % 250);
        LoginOutcome first = staff.authenticate(name, "rahasia-panjang-1", address);
        assertTrue(first.ok() && first.mustChangePassword(), "an administrator's password is replaced at the first sign-in");
        assertEquals("identity.passwordCommon", assertThrows(BusinessException.class,
                () -> staff.changeOwnPassword(name, "rahasia-panjang-1", "qwertyuiop")).getKey());
        assertEquals("identity.passwordUnchanged", assertThrows(BusinessException.class,
                () -> staff.changeOwnPassword(name, "rahasia-panjang-1", "rahasia-panjang-1")).getKey());
        assertTrue(staff.sessionValid(name, first.sessionStamp()));
        String stamp = staff.changeOwnPassword(name, "rahasia-panjang-1", "Tim-DTK-punya-sandi");
        assertFalse(staff.sessionValid(name, first.sessionStamp()), "a new password ends the other sessions");
        assertTrue(staff.sessionValid(name, stamp), "the session that changed it goes on");
        LoginOutcome second = staff.authenticate(name, "Tim-DTK-punya-sandi", address);
        assertTrue(second.ok() && !second.mustChangePassword());

        String fresh = staff.resetPassword(account.getId());
        assertFalse(staff.sessionValid(name, stamp), "a reset ends the account's sessions");
        assertFalse(staff.authenticate(name, "Tim-DTK-punya-sandi", address).ok());
        LoginOutcome afterReset = staff.authenticate(name, fresh, address);
        assertTrue(afterReset.ok() && afterReset.mustChangePassword());
        staff.setEnabled(account.getId(), false);
        assertFalse(staff.sessionValid(name, afterReset.sessionStamp()), "a disabled account's sessions end");
    }

    @Test
    void accountsOfTheSystemKeepTheirPasswordAndOldHashesAreStrengthenedAtSignIn() {
        String name = "demo" + next();
        staff.create(name, "Akun Demo", null, "rahasia-panjang-1", Set.of(Role.AGENT), null, AuditTrail.SYSTEM);
        String address = "192.0.2." + (next() % 250);
        assertFalse(staff.authenticate(name, "rahasia-panjang-1", address).mustChangePassword(),
                "demo accounts and the first administrator stay usable as they are");

        // a hash as the portal stored them before: 210.000 iterations
        String oldHash = "PBKDF2WithHmacSHA256:210000:" + pbkdf2Salt() + ":" + pbkdf2("rahasia-panjang-1", 210_000);
        inTransaction(() -> em.createNativeQuery("UPDATE staff_account SET password_hash = ?1 WHERE username = ?2")
                .setParameter(1, oldHash).setParameter(2, name).executeUpdate());
        assertTrue(staff.authenticate(name, "rahasia-panjang-1", address).ok(), "the old hash still verifies");
        String stored = (String) em.createNativeQuery("SELECT password_hash FROM staff_account WHERE username = ?1")
                .setParameter(1, name).getSingleResult();
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:600000:"), stored);
        assertTrue(staff.authenticate(name, "rahasia-panjang-1", address).ok(), "and the new one too");
    }

    private static final byte[] SALT = "garam-uji-32-byte-panjangnya!!!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static String pbkdf2Salt() {
        return java.util.Base64.getEncoder().encodeToString(SALT);
    }

    private static String pbkdf2(String password, int iterations) {
        try {
            var spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), SALT, iterations, 256);
            byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return java.util.Base64.getEncoder().encodeToString(hash);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void trafficIsCountedPerDayWithoutAddresses() {
        LocalDate day = LocalDate.of(2023, 11, 7);
        String salt = statistics.saltFor(day);
        assertEquals(salt, statistics.saltFor(day));
        statistics.record(day, Map.of("/", 3L, "/publikasi", 2L), List.of("a".repeat(64), "b".repeat(64)));
        statistics.record(day, Map.of("/", 1L), List.of("a".repeat(64)));
        statistics.record(day.plusDays(1), Map.of("/publikasi", 5L), List.of("a".repeat(64)));
        MonthlyTraffic m = statistics.month(YearMonth.of(2023, 11), 10);
        assertEquals(3, m.visitors(), "two visitors on the 7th, one on the 8th");
        assertEquals(11, m.pageViews());
        assertEquals("/publikasi", m.topPages().get(0).path());
        assertEquals(7, m.topPages().get(0).views());
        assertNotEquals(salt, statistics.saltFor(day.plusDays(1)));
        assertEquals(List.of(new MonthlyTraffic.Totals(0, 0), new MonthlyTraffic.Totals(0, 0), new MonthlyTraffic.Totals(3, 11)),
                List.copyOf(statistics.totals(YearMonth.of(2023, 9), YearMonth.of(2023, 11)).values()),
                "months without counts are zeros; visitors and views as the month's own figures");
        assertEquals(List.of(YearMonth.of(2023, 9), YearMonth.of(2023, 10), YearMonth.of(2023, 11)),
                List.copyOf(statistics.totals(YearMonth.of(2023, 9), YearMonth.of(2023, 11)).keySet()));
    }

    @Test
    void theMostVisitedPagesAreNamedByTheirLatestTitle() {
        LocalDate day = LocalDate.of(2023, 12, 4);
        String path = "/uji-judul-" + System.nanoTime();
        statistics.record(day, Map.of(path, 40L), List.of(), Map.of(path, "Judul Lama"));
        statistics.record(day.plusDays(2), Map.of(), List.of(), Map.of(path, "  Judul Baru  "));
        // an instance flushing an older day late does not bring the old title back; a blank title is no title
        statistics.record(day.plusDays(1), Map.of(), List.of(), Map.of(path, "Judul Lama"));
        statistics.record(day.plusDays(3), Map.of(), List.of(), Map.of(path, " "));
        statistics.record(day, Map.of(path + "/x", 1L), List.of(), Map.of(path + "/x", "x".repeat(400)));
        statistics.record(day, Map.of(path + "/tanpa-judul", 2L), List.of());
        MonthlyTraffic m = statistics.month(YearMonth.of(2023, 12), 100);
        MonthlyTraffic.PageCount page = m.topPages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
        assertEquals("Judul Baru", page.title());
        assertEquals("Judul Baru", page.name());
        assertEquals(40, page.views());
        assertEquals(300, m.topPages().stream().filter(p -> p.path().equals(path + "/x")).findFirst().orElseThrow()
                .title().length(), "cut to the column");
        MonthlyTraffic.PageCount untitled = m.topPages().stream().filter(p -> p.path().equals(path + "/tanpa-judul"))
                .findFirst().orElseThrow();
        assertNull(untitled.title(), "never seen rendered: no title");
        assertEquals(path + "/tanpa-judul", untitled.name(), "named by its path");
        var json = m.topPagesJson().build().getValuesAs(jakarta.json.JsonObject.class);
        assertTrue(json.stream().anyMatch(o -> o.getString("path").equals(path) && o.getString("title").equals("Judul Baru")
                && o.getJsonNumber("views").longValue() == 40), json.toString());
    }

    static List<String> violationKeys(InvalidInputException e) {
        return e.getViolations().stream().map(Violation::key).toList();
    }

    List<String> holidayActions(LocalDate date) {
        return audit.forEntity("Holiday", date).stream().map(AuditEntry::getAction).toList();
    }

    @Test
    void theAdministratorMaintainsHolidaysAndEveryChangeIsAudited() {
        // a year of its own: the shipped holidays and the other tests' years stay untouched
        int year = 2100 + next() % 7000;
        LocalDate wednesday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        LocalDate thursday = wednesday.plusDays(1);
        assertTrue(calendar.workingDays().isWorkingDay(wednesday));

        Holiday added = calendar.addHoliday(wednesday, "  Hari Uji Kalender ", Holiday.Kind.LIBUR_NASIONAL);
        assertEquals("Hari Uji Kalender", added.getName());
        assertEquals(List.of(wednesday), calendar.holidays(year).stream().map(Holiday::getDate).toList());
        assertFalse(calendar.workingDays().isWorkingDay(wednesday), "the calendar follows the change at once");

        assertEquals(List.of("calendar.duplicate"), violationKeys(assertThrows(InvalidInputException.class,
                () -> calendar.addHoliday(wednesday, "Hari lain", Holiday.Kind.CUTI_BERSAMA))));
        assertEquals(List.of("calendar.dateRequired", "calendar.nameRequired", "calendar.kindRequired"),
                violationKeys(assertThrows(InvalidInputException.class, () -> calendar.addHoliday(null, " ", null))));
        assertEquals(List.of("calendar.nameTooLong"), violationKeys(assertThrows(InvalidInputException.class,
                () -> calendar.addHoliday(thursday, "x".repeat(301), Holiday.Kind.CUTI_BERSAMA))));

        calendar.addHoliday(thursday, "Cuti Bersama Uji", Holiday.Kind.CUTI_BERSAMA);
        assertEquals(List.of("calendar.duplicate"), violationKeys(assertThrows(InvalidInputException.class,
                () -> calendar.updateHoliday(wednesday, thursday, "Hari Uji Kalender", Holiday.Kind.LIBUR_NASIONAL))),
                "a holiday cannot be moved onto another");
        calendar.removeHoliday(thursday);

        calendar.updateHoliday(wednesday, thursday, "Hari Uji Kalender (digeser)", Holiday.Kind.CUTI_BERSAMA);
        assertTrue(calendar.findHoliday(wednesday).isEmpty());
        Holiday moved = calendar.findHoliday(thursday).orElseThrow();
        assertEquals(Holiday.Kind.CUTI_BERSAMA, moved.getKind());
        assertEquals("Hari Uji Kalender (digeser)", moved.getName());
        assertTrue(calendar.workingDays().isWorkingDay(wednesday));
        assertFalse(calendar.workingDays().isWorkingDay(thursday));

        calendar.removeHoliday(thursday);
        assertTrue(calendar.holidays(year).isEmpty());
        assertTrue(calendar.workingDays().isWorkingDay(thursday));
        assertEquals("calendar.notFound", assertThrows(BusinessException.class, () -> calendar.removeHoliday(thursday)).getKey());

        assertEquals(List.of("HOLIDAY_ADDED"), holidayActions(wednesday));
        assertEquals(List.of("HOLIDAY_ADDED", "HOLIDAY_REMOVED", "HOLIDAY_UPDATED", "HOLIDAY_REMOVED"), holidayActions(thursday));
        assertTrue(audit.forEntity("Holiday", thursday).get(2).getDetail().contains("moved from " + wednesday));
    }

    @Test
    void theComingYearWithoutHolidaysIsReported() {
        assertTrue(calendar.holidayYears().containsAll(List.of(2024, 2025, 2026)));
        assertEquals(List.of(2027), calendar.missingYears(LocalDate.of(2026, 11, 23)), "the shipped list ends with 2026");
        assertEquals(List.of(), calendar.missingYears(LocalDate.of(2025, 6, 1)));
        assertEquals(List.of(2090, 2091), calendar.missingYears(LocalDate.of(2090, 1, 5)), "an empty current year too");
        assertTrue(calendar.isWeekend(LocalDate.of(2024, 6, 1)), "Hari Lahir Pancasila 2024 fell on a Saturday");
        assertFalse(calendar.isWeekend(LocalDate.of(2024, 5, 9)));
    }

    @Test
    void deadlinesCountWorkingDaysAcrossHolidays() {
        assertEquals(OfficeHours.DEFAULT, calendar.officeHours());
        Deadline answer = calendar.deadlineFrom(OffsetDateTime.parse("2024-05-02T10:00+07:00").toInstant(), 10);
        assertEquals(LocalDate.of(2024, 5, 20), answer.due());
        assertEquals("10 hari kerja sejak 2 Mei 2024 → 20 Mei 2024 (dilewati: 4–5 Mei, 9–12 Mei, 18–19 Mei)",
                answer.explain(Locale.forLanguageTag("id-ID")));

        Deadline afterHours = calendar.deadlineFrom(OffsetDateTime.parse("2024-05-08T18:00+07:00").toInstant(), 1);
        assertEquals(LocalDate.of(2024, 5, 13), afterHours.from(), "Kenaikan, its cuti bersama and the weekend come first");
        assertEquals(LocalDate.of(2024, 5, 14), afterHours.due());

        assertEquals(List.of("calendar.receivedRequired", "calendar.daysOutOfRange"),
                violationKeys(assertThrows(InvalidInputException.class, () -> calendar.deadlineFrom(null, 0))));
        assertEquals(List.of("calendar.daysOutOfRange"), violationKeys(assertThrows(InvalidInputException.class,
                () -> calendar.deadlineFrom(Instant.now(), CalendarService.MAX_WORKING_DAYS + 1))));
    }

    // ---------------------------------------------------------------- PPID requests

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void aPpidRequestRunsFromSubmissionToTheSuperiorsAnswer() {
        LocalDate expectedDue = calendar.deadlineFrom(Instant.now(), 10).due();
        Submission s = ppid.submit(PpidForms.valid(), new ByteArrayInputStream(TestFiles.pdf("KTP Siti Rahmawati")), "ktp.pdf");
        assertTrue(s.trackingNumber().matches("PPID-\\d{4}-\\d{5}"), s.trackingNumber());
        assertTrue(s.accessCode().matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"), "a code people can type: " + s.accessCode());
        assertEquals(expectedDue, s.dueDate());
        assertTrue(s.dueExplanation().startsWith("10 hari kerja sejak "), s.dueExplanation());

        InformationRequest r = ppid.findForRequester(s.trackingNumber(), s.accessCode()).orElseThrow();
        assertEquals("Siti Rahmawati", r.getName());
        assertEquals("application/pdf", r.getScanMediaType());
        assertEquals(64, r.getScanSha256().length());
        assertTrue(Files.exists(config.dataDir().resolve("files").resolve(r.getScanKey())));
        assertEquals(RequestStatus.RECEIVED, r.getStatus());
        assertTrue(ppid.findForRequester(s.trackingNumber().toLowerCase(Locale.ROOT), " " + s.accessCode()).isPresent(),
                "typed in lower case, pasted with a space");
        QueueItem queued = ppidDesk.queue().stream().filter(q -> q.trackingNumber().equals(s.trackingNumber())).findFirst().orElseThrow();
        assertEquals(expectedDue, queued.due());
        assertFalse(queued.overdue());

        LocalDate extendedDue = calendar.workingDays().extend(s.dueDate(), 5).due();
        assertEquals(extendedDue, ppidDesk.extend(s.trackingNumber(), 5, "Data realisasi masih direkonsiliasi.").due());
        assertEquals("ppid.alreadyExtended", assertThrows(BusinessException.class,
                () -> ppidDesk.extend(s.trackingNumber(), 2, "Sekali lagi.")).getKey());
        r = ppid.find(s.trackingNumber()).orElseThrow();
        assertEquals(RequestStatus.EXTENDED, r.getStatus());
        assertEquals(extendedDue, r.getDueDate());
        assertTrue(ppid.explainDue(r, Locale.ENGLISH).startsWith("5 working days from "), ppid.explainDue(r, Locale.ENGLISH));

        InvalidInputException nothingGiven = assertThrows(InvalidInputException.class, () -> ppidDesk.decide(s.trackingNumber(),
                Decision.GRANTED, "Terlampir.", null, null, null));
        assertEquals("ppid.releaseRequired", nothingGiven.getKey(), "a softcopy was asked for: granting means giving a file");
        assertEquals(RequestStatus.EXTENDED, ppid.find(s.trackingNumber()).orElseThrow().getStatus());
        assertEquals("file.contentMismatch", assertThrows(BusinessException.class, () -> ppidReleases.prepareFile(s.trackingNumber(),
                "Palsu", new ByteArrayInputStream(TestFiles.fakePdf()), "data.pdf")).getKey());
        var prepared = ppidReleases.prepareFile(s.trackingNumber(), "Realisasi TKD Jawa Barat 2025",
                new ByteArrayInputStream(TestFiles.pdf("Realisasi TKD")), "realisasi.pdf");
        assertFalse(prepared.isReleased(), "prepared, not yet given");
        assertTrue(ppid.releasedTo(ppid.find(s.trackingNumber()).orElseThrow()).isEmpty(), "the requester sees nothing yet");

        ppidDesk.decide(s.trackingNumber(), Decision.PARTLY_GRANTED, "Data per daerah diberikan; data wajib pajak dihitamkan.",
                ExemptionGround.H_PERSONAL_SECRETS, "Membuka nama wajib pajak orang pribadi merugikan privasinya.", null);
        var given = ppid.releasedTo(ppid.find(s.trackingNumber()).orElseThrow());
        assertEquals(List.of(ReleasedInformation.Kind.NOTICE, ReleasedInformation.Kind.FILE),
                given.stream().map(ReleasedInformation::getKind).toList());
        assertTrue(ppid.releasedFile(s.trackingNumber(), s.accessCode(), given.get(0).getId()).isPresent());
        assertTrue(ppid.releasedFile(s.trackingNumber(), "bukan-kode", given.get(0).getId()).isEmpty());
        assertEquals("application/pdf", given.get(0).getMediaType());
        assertEquals("ppid.notFound", assertThrows(BusinessException.class, () -> ppid.fileObjection(s.trackingNumber(),
                "bukan-kode-akses-yang-benar-0123456789", ObjectionGround.A_REFUSED, "Salah kode.")).getKey());
        Deadline superior = ppid.fileObjection(s.trackingNumber(), s.accessCode(), ObjectionGround.A_REFUSED,
                "Data wajib pajak daerah bukan rahasia pribadi.");
        assertEquals(calendar.deadlineFrom(Instant.now(), 30).due(), superior.due());
        ppidDesk.decideObjection(s.trackingNumber(), ObjectionOutcome.UPHELD, "Pengecualian Pasal 17 huruf h tepat.");

        r = ppid.findForRequester(s.trackingNumber(), s.accessCode()).orElseThrow();
        assertEquals(RequestStatus.OBJECTION_DECIDED, r.getStatus());
        assertEquals(superior.due(), r.getObjectionDue());
        assertTrue(ppid.explainObjectionDue(r, Locale.ENGLISH).orElseThrow().startsWith("30 working days from "));
        assertEquals(List.of(RequestEvent.Kind.RECEIVED, RequestEvent.Kind.EXTENDED, RequestEvent.Kind.DECIDED,
                RequestEvent.Kind.OBJECTION_FILED, RequestEvent.Kind.OBJECTION_DECIDED),
                r.getPublicEvents().stream().map(RequestEvent::getKind).toList());
        assertEquals(List.of("PPID_REQUEST_RECEIVED", "PPID_REQUEST_EXTENDED", "PPID_FILE_PREPARED", "PPID_REQUEST_DECIDED",
                "PPID_OBJECTION_FILED", "PPID_OBJECTION_DECIDED"),
                audit.forEntity("InformationRequest", s.trackingNumber()).stream().map(AuditEntry::getAction).toList());
        assertTrue(ppidDesk.queue().stream().noneMatch(q -> q.trackingNumber().equals(s.trackingNumber())));

        // no SMTP server is configured here: every message is held in the outbox, in order, for staff to read
        List<OutboxMessage> sent = mail.about("PPID", s.trackingNumber());
        assertEquals(5, sent.size(), "received, extended, decided, objection filed, objection decided");
        assertTrue(sent.stream().allMatch(m -> m.getStatus() == MailStatus.HELD && m.getRecipient().equals("siti@example.org")));
        assertTrue(sent.get(0).getBody().contains(s.accessCode()), "the acknowledgement carries the access code");
        assertTrue(sent.stream().skip(1).noneMatch(m -> m.getBody().contains(s.accessCode())), "later ones do not");
        assertEquals(1, sent.get(2).getAttachments().size(), "the decision carries the notice");
        assertTrue(new String(mail.attachmentContent(sent.get(2).getAttachments().get(0)), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
        assertTrue(sent.get(4).getBody().contains("Komisi Informasi"));
    }

    @Test
    void aRequestFromTheEnglishPageIsAcknowledgedInEnglishAnIndonesianOneInIndonesian() {
        RequestForm english = PpidForms.valid();
        english.setLanguage("en");
        Submission en = ppid.submit(english, null, null);
        Submission id = ppid.submit(PpidForms.valid(), null, null);
        OutboxMessage toEnglish = mail.about("PPID", en.trackingNumber()).get(0);
        assertEquals("Information request " + en.trackingNumber() + " received", toEnglish.getSubject());
        assertTrue(toEnglish.getBody().startsWith("Dear Siti Rahmawati,"), toEnglish.getBody());
        assertTrue(toEnglish.getBody().contains("working days from "), "the due date explained in English too");
        OutboxMessage toIndonesian = mail.about("PPID", id.trackingNumber()).get(0);
        assertEquals("Permohonan informasi " + id.trackingNumber() + " telah diterima", toIndonesian.getSubject());
        assertTrue(toIndonesian.getBody().startsWith("Yth. Siti Rahmawati,"), toIndonesian.getBody());
        assertEquals("en", ppid.findForRequester(en.trackingNumber(), en.accessCode()).orElseThrow().getLanguage());
        assertEquals("id", ppid.findForRequester(id.trackingNumber(), id.accessCode()).orElseThrow().getLanguage());
    }

    @Test
    void theAuditTrailStampsEntriesWithTheOfficeClock() {
        Instant moved = Instant.parse("2031-03-05T03:04:05Z");
        String ref = "clock-" + next();
        try {
            clock.set(Clock.fixed(moved, WIB));
            audit.recordAs("tester", "CLOCK_MOVED", "Test", ref, null);
        } finally {
            clock.set(null);
        }
        assertEquals(List.of(moved), audit.forEntity("Test", ref).stream().map(AuditEntry::getAt).toList());
    }

    @Test
    void theDailyReminderGoesToOfficersOnceAWorkingDay() {
        Submission late = ppid.submit(PpidForms.valid(), null, null);
        // the officers' work list: a due date in the past makes it overdue
        inTransaction(() -> em.createQuery("UPDATE InformationRequest r SET r.dueDate = :d WHERE r.trackingNumber = :n")
                .setParameter("d", LocalDate.of(2020, 1, 6)).setParameter("n", late.trackingNumber()).executeUpdate());
        staff.create("ppid" + next(), "Petugas PPID", "petugas.ppid@example.org", "rahasia-panjang-1", Set.of(Role.PPID), null);
        // a week of a year without holidays in the calendar, so each run of the contract has days of its own
        LocalDate saturday = LocalDate.of(2040 + (int) (System.nanoTime() % 50), 2, 1).plusWeeks(next() % 40)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        try {
            clock.set(Clock.fixed(saturday.atTime(7, 30).atZone(WIB).toInstant(), WIB));
            assertEquals(0, ppidReminders.sendReminders(), "no reminders on a day off");
            clock.set(Clock.fixed(saturday.plusDays(2).atTime(7, 30).atZone(WIB).toInstant(), WIB));
            assertTrue(ppidReminders.sendReminders() >= 1, "the officer has an address");
            assertTrue(mail.recent(0, 20).stream().anyMatch(m -> m.getRecipient().equals("petugas.ppid@example.org")
                    && m.getBody().contains(late.trackingNumber()) && m.getBody().contains("TERLAMBAT")));
            assertEquals(0, ppidReminders.sendReminders(), "once a day");
        } finally {
            clock.set(null);
        }
    }

    @Test
    void theDipListsInformationByCategoryAndLinksPublications() {
        Publication p = publications.create(regulation(next(), "Standar Layanan Informasi Publik"));
        publications.publish(p.getId(), null);
        DipEntry entry = new DipEntry();
        entry.setTitle("");
        entry.setUrl("ftp://x");
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> dips.save(entry, null));
        assertEquals(Set.of("category", "title", "responsible", "url"), Set.copyOf(fields(bad)));
        entry.setCategory(DipCategory.BERKALA);
        entry.setTitle("Laporan layanan informasi bulanan");
        entry.setResponsible("Sekretariat DJPK");
        entry.setUrl(null);
        assertEquals(List.of("publication"), fields(assertThrows(InvalidInputException.class,
                () -> dips.save(entry, "tidak-ada-publikasi-ini"))));
        DipEntry saved = dips.save(entry, publications.get(p.getId()).getSlug());
        assertEquals(p.getId(), saved.getPublicationId());
        assertTrue(ppid.dip().stream().anyMatch(d -> d.getId().equals(saved.getId())));
        dips.delete(saved.getId());
        assertTrue(ppid.dip().stream().noneMatch(d -> d.getId().equals(saved.getId())));
        assertEquals(List.of("DIP_ENTRY_CREATED", "DIP_ENTRY_DELETED"),
                audit.forEntity("DipEntry", saved.getId()).stream().map(AuditEntry::getAction).toList());
    }

    @Test
    void aWrongAccessCodeFindsNothingLikeAnUnknownNumber() {
        Submission s = ppid.submit(PpidForms.valid(), null, null);
        assertEquals(Optional.empty(), ppid.findForRequester(s.trackingNumber(), s.accessCode().substring(1)));
        assertEquals(Optional.empty(), ppid.findForRequester(s.trackingNumber(), null));
        assertEquals(Optional.empty(), ppid.findForRequester("PPID-1999-00001", s.accessCode()));
        assertEquals(Optional.empty(), ppid.findForRequester("' OR 1=1 --", s.accessCode()));
        assertTrue(ppid.findForRequester(s.trackingNumber(), s.accessCode()).isPresent());
        assertTrue(ppid.find(s.trackingNumber()).orElseThrow().getScanKey() == null, "the ID scan is optional");
    }

    @Test
    void wrongCodesForOneNumberAreLimitedAndTheRightCodeWorksAgainOnceTheyAreAnHourOld() {
        Submission s = ppid.submit(PpidForms.valid(), null, null);
        String wrong = "AAAA-BBBB-CCCC-DDDD";
        for (int i = 0; i < 9; i++) {
            assertEquals(Optional.empty(), ppid.findForRequester(s.trackingNumber(), wrong), "attempt " + (i + 1));
        }
        // a wrong code on the objection form counts too, although the objection itself is refused and rolled back
        assertEquals("ppid.notFound", assertThrows(BusinessException.class,
                () -> ppid.fileObjection(s.trackingNumber(), wrong, ObjectionGround.C_NOT_ANSWERED, "Belum dijawab")).getKey());
        TooManyAttemptsException blocked = assertThrows(TooManyAttemptsException.class,
                () -> ppid.findForRequester(s.trackingNumber().toLowerCase(Locale.ROOT), s.accessCode()),
                "blocked: not even the right code opens it now");
        assertEquals("access.tooManyAttempts", blocked.getKey());
        assertTrue(blocked.retryAfterSeconds() > 3000 && blocked.retryAfterSeconds() <= 3601, "" + blocked.retryAfterSeconds());
        assertEquals(List.of("ACCESS_BLOCKED"), audit.forEntity("PPID", s.trackingNumber()).stream().map(AuditEntry::getAction).toList());

        // a number that does not exist is limited exactly alike: the limit does not tell which numbers exist
        String unknown = "PPID-1999-" + String.format("%05d", next());
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), ppid.findForRequester(unknown, wrong));
        }
        assertThrows(TooManyAttemptsException.class, () -> ppid.findForRequester(unknown, wrong));

        // an hour later the failures have left the window and the right code, however typed, opens the request
        inTransaction(() -> em.createQuery("UPDATE AccessFailure f SET f.failedAt = :t WHERE f.subject = :s")
                .setParameter("t", Instant.now().minus(java.time.Duration.ofMinutes(61)))
                .setParameter("s", s.trackingNumber()).executeUpdate());
        assertTrue(ppid.findForRequester(s.trackingNumber(), " " + s.accessCode().toLowerCase(Locale.ROOT).replace("-", " ")).isPresent());
        assertEquals(Optional.empty(), ppid.findForRequester(s.trackingNumber(), wrong), "and counting starts afresh");
        assertTrue(ppid.findForRequester(s.trackingNumber(), s.accessCode()).isPresent());
    }

    @Test
    void codesIssuedBeforeTheShortCodesKeepWorking() {
        Submission s = ppid.submit(PpidForms.valid(), null, null);
        // a 43-character code as issued before, stored as its SHA-256 then was
        String old = "Zq3_kP9xVb-7RtLmN2wYc4HdJf8GsA1eQoUiT5nMvXk";
        inTransaction(() -> em.createQuery("UPDATE InformationRequest r SET r.accessHash = :h WHERE r.trackingNumber = :n")
                .setParameter("h", java.util.HexFormat.of().formatHex(sha256(old))).setParameter("n", s.trackingNumber()).executeUpdate());
        assertTrue(ppid.findForRequester(s.trackingNumber(), old).isPresent());
        assertTrue(ppid.findForRequester(s.trackingNumber(), " " + old + " ").isPresent(), "pasted with spaces");
        assertEquals(Optional.empty(), ppid.findForRequester(s.trackingNumber(), old.toUpperCase(Locale.ROOT)), "still case-sensitive");
        assertEquals(Optional.empty(), ppid.findForRequester(s.trackingNumber(), s.accessCode()), "the new code was replaced");
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusedSubmissionsStoreNothing() throws IOException {
        long before = storedRequests();
        long filesBefore = storedFiles();
        RequestForm badNik = PpidForms.valid();
        badNik.setNik("3273013208850001");
        assertEquals(List.of("nik"), fields(assertThrows(InvalidInputException.class,
                () -> ppid.submit(badNik, new ByteArrayInputStream(TestFiles.pdf("KTP")), "ktp.pdf"))));
        RequestForm noConsent = PpidForms.valid();
        noConsent.setConsent(false);
        assertEquals(List.of("consent"), fields(assertThrows(InvalidInputException.class,
                () -> ppid.submit(noConsent, null, null))));
        InvalidInputException fake = assertThrows(InvalidInputException.class,
                () -> ppid.submit(PpidForms.valid(), new ByteArrayInputStream(TestFiles.fakePdf()), "ktp.pdf"));
        assertEquals(List.of("id_scan"), fields(fake));
        assertEquals("file.contentMismatch", fake.getKey());
        assertEquals("ppid.idScanType", assertThrows(InvalidInputException.class,
                () -> ppid.submit(PpidForms.valid(), new ByteArrayInputStream(TestFiles.csv()), "ktp.csv")).getKey());
        assertEquals(before, storedRequests());
        assertEquals(filesBefore, storedFiles());
    }

    @Test
    void anIdScanIsKeptSealedOpensForThePpidAndGoesWhenItsRetentionEnds() throws Exception {
        byte[] ktp = TestFiles.pdf("KTP Ketut Sudarsana");
        Submission closed = ppid.submit(PpidForms.valid(), new ByteArrayInputStream(ktp), "ktp.pdf");
        Submission open = ppid.submit(PpidForms.valid(), new ByteArrayInputStream(TestFiles.pdf("KTP Wayan Sari")), "ktp.pdf");
        InformationRequest r = ppid.find(closed.trackingNumber()).orElseThrow();
        assertTrue(r.getScanKey().startsWith("sealed/"), r.getScanKey());
        Path file = config.dataDir().resolve("files").resolve(r.getScanKey());
        assertFalse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF"), "sealed on disk");
        try (java.io.InputStream in = ppidDesk.openIdScan(r)) {
            assertArrayEquals(ktp, in.readAllBytes(), "the PPID desk reads the scan as it was sent");
        }
        ppidDesk.personalDetailsViewed(r);
        assertTrue(audit.forEntity("InformationRequest", closed.trackingNumber()).stream()
                .anyMatch(e -> e.getAction().equals("PPID_PERSONAL_DETAILS_VIEWED")));

        ppidDesk.decide(closed.trackingNumber(), Decision.NOT_HELD, "Tidak dikuasai DJPK.", null, null, "BPS");
        Instant decided = ppid.find(closed.trackingNumber()).orElseThrow().getDecidedAt();
        try {
            officeClock.set(Clock.fixed(decided.atZone(WIB).plusMonths(retention.months()).minusDays(1).toInstant(), WIB));
            retention.removeExpired();
            assertNotNull(ppid.find(closed.trackingNumber()).orElseThrow().getScanKey(), "kept until its retention ends");
            officeClock.set(Clock.fixed(decided.atZone(WIB).plusMonths(retention.months()).plusDays(1).toInstant(), WIB));
            assertTrue(retention.removeExpired() >= 1);
        } finally {
            officeClock.set(null);
        }
        InformationRequest after = ppid.find(closed.trackingNumber()).orElseThrow();
        assertNull(after.getScanKey());
        assertNotNull(after.getScanRemovedAt());
        assertEquals(r.getScanSha256(), after.getScanSha256(), "what was removed stays described");
        assertFalse(Files.exists(file), "the file is gone once the removal committed");
        assertTrue(audit.forEntity("InformationRequest", closed.trackingNumber()).stream()
                .anyMatch(e -> e.getAction().equals("PPID_ID_SCAN_REMOVED")));
        assertNotNull(ppid.find(open.trackingNumber()).orElseThrow().getScanKey(), "an open request keeps its scan");
        assertEquals("ppid.noIdScan", assertThrows(BusinessException.class, () -> ppidDesk.openIdScan(after)).getKey());
    }

    @Test
    void ppidFiguresCountTheMonth() {
        YearMonth receiptMonth = YearMonth.from(calendar.workingDays().receiptDay(Instant.now()));
        YearMonth today = YearMonth.now(WIB);
        PpidFigures receivedBefore = ppidFigures.figures(receiptMonth);
        PpidFigures decidedBefore = ppidFigures.figures(today);

        Submission granted = ppid.submit(PpidForms.valid(), null, null);
        Submission notHeld = ppid.submit(PpidForms.valid(), null, null);
        ppid.submit(PpidForms.valid(), null, null);
        Publication data = publications.create(regulation(next(), "Data TKD"));
        publications.publish(data.getId(), null);
        ppidReleases.preparePublication(granted.trackingNumber(), publications.get(data.getId()).getSlug());
        ppidDesk.classify(granted.trackingNumber(), "DAU");
        assertEquals(List.of("topic"), fields(assertThrows(InvalidInputException.class,
                () -> ppidDesk.classify(notHeld.trackingNumber(), "BUKAN-TOPIK"))));
        ppidDesk.decide(granted.trackingNumber(), Decision.GRANTED, "Terlampir.", null, null, null);
        ppidDesk.decide(notHeld.trackingNumber(), Decision.NOT_HELD, "Tidak dikuasai DJPK.", null, null, "BPS");
        ppid.fileObjection(notHeld.trackingNumber(), notHeld.accessCode(), ObjectionGround.E_NOT_FULFILLED, "Mohon dicari.");
        ppidDesk.decideObjection(notHeld.trackingNumber(), ObjectionOutcome.OVERTURNED, "PPID menelusuri ke unit lain.");

        PpidFigures received = ppidFigures.figures(receiptMonth);
        PpidFigures decided = ppidFigures.figures(today);
        assertEquals(receivedBefore.received() + 3, received.received());
        assertEquals(receivedBefore.receivedYearToDate() + 3, received.receivedYearToDate());
        assertEquals(decidedBefore.decided().get(Decision.GRANTED) + 1, decided.decided().get(Decision.GRANTED));
        assertEquals(decidedBefore.decided().get(Decision.NOT_HELD) + 1, decided.decided().get(Decision.NOT_HELD));
        assertEquals(decidedBefore.decided().get(Decision.REJECTED), decided.decided().get(Decision.REJECTED));
        assertEquals(decidedBefore.decidedTotal() + 2, decided.decidedTotal());
        assertEquals(0.0, decided.averageWorkingDays(), 1.0, "decided on the day of receipt, or the next");
        assertEquals(decidedBefore.objectionsFiled() + 1, decided.objectionsFiled());
        assertEquals(decidedBefore.objectionOutcomes().get(ObjectionOutcome.OVERTURNED) + 1,
                decided.objectionOutcomes().get(ObjectionOutcome.OVERTURNED));
        assertEquals(receivedBefore.topics().getOrDefault("DAU", 0L) + 1, received.topics().get("DAU"));
        assertEquals(receivedBefore.topics().getOrDefault(PpidFigures.UNCLASSIFIED, 0L) + 2,
                received.topics().get(PpidFigures.UNCLASSIFIED));
        assertEquals(0, decided.overdue(), "nothing submitted by the tests is due this month and late");
        PpidFigures empty = ppidFigures.figures(YearMonth.of(2001, 1));
        assertEquals(0, empty.received());
        assertEquals(0, empty.decidedTotal());
        assertEquals(null, empty.averageWorkingDays());
    }

    @Test
    void rateCountsAreSharedThroughTheDatabasePerSeriesAddressAndWindow() throws Exception {
        // a window of its own for each run: the counts of earlier runs stay in the database
        Instant start = Instant.parse("2031-01-01T00:00:00Z").plus(java.time.Duration.ofHours(next() * 7L));
        String address = "198.51.100." + (next() % 250);
        java.time.Duration hour = java.time.Duration.ofHours(1);
        try {
            clock.set(Clock.fixed(start.plusSeconds(59 * 60), WIB));
            assertEquals(0, rates.current("objection", address, hour).hits());
            for (int i = 1; i <= 3; i++) {
                assertEquals(i, rates.raise("objection", address, hour).hits());
            }
            assertEquals(3, rates.current("objection", address, hour).hits(), "read back from the database");
            assertEquals(60, rates.current("objection", address, hour).window().secondsLeft(clock.now()));
            assertEquals(0, rates.current("survey", address, hour).hits(), "each series counts apart");
            assertEquals(0, rates.current("objection", "203.0.113.1", hour).hits(), "each address counts apart");

            // many requests of one address at once, as from several instances: none is lost
            String burst = "2001:db8:" + next() + "::/64";
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    done.add(pool.submit(() -> rates.raise("search", burst, hour)));
                }
                for (java.util.concurrent.Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(16, rates.current("search", burst, hour).hits());

            // the next window starts afresh; a day later the old windows' rows are gone
            clock.set(Clock.fixed(start.plusSeconds(60 * 60), WIB));
            assertEquals(0, rates.current("objection", address, hour).hits());
            clock.set(Clock.fixed(start.plus(java.time.Duration.ofDays(2)), WIB));
            rates.raise("objection", address, hour);
            assertEquals(0L, em.createQuery("SELECT COUNT(c) FROM RateCount c WHERE c.windowStart < :before", Long.class)
                    .setParameter("before", start.plus(java.time.Duration.ofDays(1))).getSingleResult());
        } finally {
            clock.set(null);
        }
    }

    @Test
    void rateCountsTakeNoMoreThanTheAllowanceEvenAtOnceAndDoNotCountTheRefused() throws Exception {
        Instant start = Instant.parse("2032-01-01T00:00:00Z").plus(java.time.Duration.ofHours(next() * 7L));
        String address = "192.0.2." + (next() % 250);
        java.time.Duration minute = java.time.Duration.ofMinutes(1);
        try {
            clock.set(Clock.fixed(start.plusSeconds(20), WIB));
            for (int i = 1; i <= 3; i++) {
                assertTrue(rates.take("search", address, minute, 3).counted(), "hit " + i + " of 3");
            }
            id.djpk.portal.system.RateCounts.Taken over = rates.take("search", address, minute, 3);
            assertFalse(over.counted(), "the fourth is over the allowance");
            assertEquals(40, over.window().secondsLeft(clock.now()));
            assertEquals(3, rates.current("search", address, minute).hits(), "a refused hit is not counted");
            assertFalse(rates.take("search", address, minute, 0).counted(), "no allowance, nothing taken");
            assertTrue(rates.take("survey", address, minute, 3).counted(), "each series counts apart");

            // many requests of one address at once, as from several instances: exactly the allowance passes,
            // the first of them writing the window's row
            String burst = "2001:db8:" + next() + "::/64";
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<Boolean>> done = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 24; i++) {
                    done.add(pool.submit(() -> rates.take("search", burst, minute, 10).counted()));
                }
                int counted = 0;
                for (java.util.concurrent.Future<Boolean> f : done) {
                    counted += f.get() ? 1 : 0;
                }
                assertEquals(10, counted, "taken at once");
            } finally {
                pool.shutdown();
            }
            assertEquals(10, rates.current("search", burst, minute).hits());

            // a window's first requests at once, fewer than the allowance: none is refused while another request's
            // row for the window is being written (each of these subjects starts its window with 8 requests at once)
            java.util.concurrent.ExecutorService eight = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 10; round++) {
                    String reader = "2001:db8:" + next() + "::/64";
                    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                    List<java.util.concurrent.Future<Boolean>> first = new java.util.ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        first.add(eight.submit(() -> {
                            go.await();
                            return rates.take("search", reader, minute, 60).counted();
                        }));
                    }
                    go.countDown();
                    for (java.util.concurrent.Future<Boolean> f : first) {
                        assertTrue(f.get(), "a request of a new window at the same moment as others");
                    }
                }
            } finally {
                eight.shutdown();
            }

            // the next window has room again
            clock.set(Clock.fixed(start.plusSeconds(60), WIB));
            assertTrue(rates.take("search", address, minute, 3).counted());
            assertEquals(1, rates.current("search", address, minute).hits());
        } finally {
            clock.set(null);
        }
    }

    private long storedRequests() {
        return ppidFigures.figures(YearMonth.from(calendar.workingDays().receiptDay(Instant.now()))).received();
    }

    private long storedFiles() throws IOException {
        Path files = config.dataDir().resolve("files");
        if (!Files.exists(files)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(files)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getParent().endsWith("tmp")).count();
        }
    }

    private static List<String> fields(InvalidInputException e) {
        return e.getViolations().stream().map(Violation::field).toList();
    }
}
