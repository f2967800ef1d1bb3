package id.djpk.portal.web.system;

import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.OfficeHours;
import id.djpk.portal.demo.DemoData;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.Database;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database to the current schema, seeds reference data and, on the very first start,
 * the demo data. Lives in the staff portal only: one owner for run-once work (ARCHITECTURE.md).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());
    /** Written on the first start for the run command to print; readable by the owner only. */
    public static final String DEMO_ACCOUNTS_FILE = "demo-accounts.txt";
    public static final String ADMIN_ACCOUNT_FILE = "admin-account.txt";

    @Inject
    private Database database;

    @Inject
    private OfficeClock clock;

    @Inject
    private ReferenceData reference;

    @Inject
    private DemoData demo;

    @Inject
    private PortalConfig config;

    @Inject
    @ConfigProperty(name = "portal.demo.password")
    private Optional<String> demoPassword;

    @Inject
    @ConfigProperty(name = "portal.admin.initial-password")
    private Optional<String> adminPassword;

    @Inject
    private StaffDirectory staff;

    @Inject
    private CalendarService calendar;

    @Inject
    private id.djpk.portal.letter.LetterService letters;

    @Inject
    private id.djpk.portal.document.Sealing sealing;

    @Inject
    private id.djpk.portal.ppid.IdScans idScans;

    @PostConstruct
    void start() {
        int applied = database.migrate();
        LOG.info(() -> "Database schema current (" + applied + " migration(s) applied)");
        // the key pair personal files are sealed with: made on the first start, before anything is stored
        sealing.ensureKeys();
        sealIdScansStoredInTheClear();
        reference.seedIfEmpty();
        checkCalendar();
        if (config.demoEnabled() && !demo.isLoaded()) {
            String password = demoPassword.filter(p -> !p.isBlank()).orElseGet(StaffDirectory::generatePassword);
            int count = demo.load(password);
            Path file = writeDemoAccounts(password, demoPassword.isPresent());
            LOG.info(() -> "Demo data loaded: " + count + " publications, " + DemoData.ACCOUNTS.size()
                    + " staff accounts (user names and password in " + file + ")");
        } else if (staff.all().isEmpty()) {
            // a production start without demo data still needs someone who can create the other accounts
            String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(StaffDirectory::generatePassword);
            staff.create("admin", "Administrator Portal", null, password, java.util.Set.of(id.djpk.portal.identity.Role.ADMIN),
                    null, id.djpk.portal.audit.AuditTrail.SYSTEM);
            Path file = write(ADMIN_ACCOUNT_FILE, "Administrator account: admin / " + password
                    + "\nChange this password after the first sign-in (menu: Akun Saya).\n");
            LOG.info(() -> "First start without demo data: administrator account \"admin\" created (password in " + file + ")");
        }
        // notices to regions published before the letter register existed (or while it was off), and the demo's
        // notices with their documents, are registered too, so the public letter check knows every published
        // notice; idempotent
        letters.registerPublishedNotices();
    }

    /** ID scans stored before personal files were sealed are sealed now (once; batches of their own). */
    private void sealIdScansStoredInTheClear() {
        int sealed = 0;
        int batch;
        do {
            batch = idScans.sealStoredInTheClear();
            sealed += batch;
        } while (batch == id.djpk.portal.ppid.IdScans.BATCH);
        if (sealed > 0) {
            int total = sealed;
            LOG.info(() -> total + " ID scan(s) stored in the clear are sealed now");
        }
    }

    /**
     * Reads the office hours now, so that a mistyped portal.office.* setting stops the start instead of the
     * first deadline, and tells the operator when the coming year's holidays are still missing.
     */
    private void checkCalendar() {
        OfficeHours hours = calendar.officeHours();
        LOG.info(() -> "Office hours " + hours.opening() + "–" + hours.closing() + " " + hours.zone() + ", Monday to Friday");
        List<Integer> missing = calendar.missingYears(clock.today());
        if (!missing.isEmpty()) {
            LOG.warning(() -> "No holidays entered for " + missing
                    + ": deadlines in those years skip weekends only (staff portal: Administrasi → Hari Libur)");
        }
    }

    private Path writeDemoAccounts(String password, boolean fromEnvironment) {
        StringBuilder text = new StringBuilder("Demo staff accounts (password "
                + (fromEnvironment ? "from PORTAL_DEMO_PASSWORD" : "generated on the first start") + "):\n");
        for (DemoData.DemoAccount a : DemoData.ACCOUNTS) {
            text.append(String.format("  %-14s %-24s %s%n", a.username(), a.roles(), password));
        }
        return write(DEMO_ACCOUNTS_FILE, text.toString());
    }

    /** Writes a file only the owner can read (it holds a password), into the data directory. */
    private Path write(String name, String text) {
        Path file = config.dataDir().resolve(name);
        try {
            id.djpk.portal.system.SecretFiles.write(file, text);
        } catch (IOException e) {
            LOG.warning(() -> "Could not write " + file + ": " + e.getMessage());
        }
        return file;
    }
}
