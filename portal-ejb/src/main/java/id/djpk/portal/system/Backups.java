package id.djpk.portal.system;

import id.djpk.portal.audit.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Online backups of the embedded H2 portal: one zip under {@code <data dir>/backups} with the database as H2's
 * {@code BACKUP TO} writes it (consistent while the portal runs), then the stored files and mails ({@code files/},
 * {@code mail/}) and the key pair of sealed personal files ({@code keys/}). Files and mails are only ever added, so
 * copying them after the database copy contains every file the copy names. {@code ./portal restore <zip>} puts a backup into an empty data directory. With PostgreSQL the
 * database has its own tools ({@code pg_dump}, docs/operations.md) and this refuses with that advice.
 */
@Stateless
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    static final String DIRECTORY = "backups";
    /**
     * The data directory's parts a backup carries besides the database (upload spools are not carried): the stored
     * files and mails, and the key pair sealed personal files open with (without it a restore could not open them).
     */
    static final List<String> CARRIED = List.of("files", "mail", "keys");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'portal-'yyyyMMdd-HHmmss'.zip'");

    /** A backup on disk. */
    public record Backup(String name, long bytes, Instant takenAt) {
    }

    /** What taking a backup did. */
    public record Taken(Backup backup, int files, long millis) {
    }

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    private PortalConfig config;

    @Inject
    private OfficeClock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "portal.backup.keep", defaultValue = "7")
    int keep;

    /**
     * Takes a backup now and keeps the newest {@code portal.backup.keep} (7) of them. Only one at a time, also across
     * instances sharing the data directory: a second caller gets {@code backup.running}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Taken take(String actor) {
        long began = System.nanoTime();
        Path dir = directory();
        try {
            Files.createDirectories(dir);
            try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = tryLock(lockFile)) {
                if (lock == null) {
                    throw new BusinessException("backup.running");
                }
                String first = NAME.format(clock.officeNow());
                String name = first;
                for (int n = 2; Files.exists(dir.resolve(name)); n++) {
                    // a second backup within the same second: numbered, never overwriting the first
                    name = first.replace(".zip", "-" + n + ".zip");
                }
                Path target = dir.resolve(name);
                Path part = dir.resolve(name + ".part");
                Path database = dir.resolve(name + ".db.zip");
                int files;
                try {
                    backUpDatabase(database);
                    files = write(part, database);
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(database);
                    Files.deleteIfExists(part);
                }
                Backup backup = new Backup(name, Files.size(target), Files.getLastModifiedTime(target).toInstant());
                prune();
                long millis = (System.nanoTime() - began) / 1_000_000;
                audit.recordIndependently(actor, "BACKUP_TAKEN", "Backup", null,
                        name + " (" + backup.bytes() + " bytes, " + files + " files, " + millis + " ms)");
                LOG.info(() -> "Backup " + target + ": " + backup.bytes() + " bytes, " + files + " files, " + millis + " ms");
                return new Taken(backup, files, millis);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lock, or null when another backup holds it (in another instance, or in this JVM). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    /** The backups on disk, newest first. */
    public List<Backup> list() {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(dir)) {
            List<Backup> backups = new ArrayList<>();
            for (Path p : all.filter(p -> p.getFileName().toString().matches("portal-\\d{8}-\\d{6}(-\\d+)?\\.zip")).toList()) {
                backups.add(new Backup(p.getFileName().toString(), Files.size(p), Files.getLastModifiedTime(p).toInstant()));
            }
            backups.sort(Comparator.comparing(Backup::takenAt).thenComparing(Backup::name).reversed());
            return backups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a backup was taken on that office day (the daily backup's "already done"). */
    public boolean takenOn(java.time.LocalDate day) {
        String prefix = "portal-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
        return list().stream().anyMatch(b -> b.name().startsWith(prefix));
    }

    /** How many backups are kept ({@code portal.backup.keep}, PORTAL_BACKUP_KEEP). */
    public int keep() {
        return Math.max(keep, 1);
    }

    public Path directory() {
        return config.dataDir().resolve(DIRECTORY);
    }

    private void backUpDatabase(Path database) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!"H2".equalsIgnoreCase(product)) {
                throw new BusinessException("backup.notEmbedded", product);
            }
            // the path is the portal's own (data directory + generated name); quotes doubled all the same
            st.execute("BACKUP TO '" + database.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("The database backup failed: " + e.getMessage(), e);
        }
    }

    /** The final zip: the database's files under {@code db/}, then the carried directories. Returns the file count. */
    private int write(Path part, Path database) throws IOException {
        int files = 0;
        try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out)) {
            try (ZipInputStream db = new ZipInputStream(Files.newInputStream(database))) {
                for (ZipEntry e = db.getNextEntry(); e != null; e = db.getNextEntry()) {
                    if (!e.isDirectory()) {
                        zip.putNextEntry(new ZipEntry("db/" + e.getName()));
                        db.transferTo(zip);
                        zip.closeEntry();
                    }
                }
            }
            Path data = config.dataDir();
            for (String carried : CARRIED) {
                Path root = data.resolve(carried);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                List<Path> all;
                try (Stream<Path> walk = Files.walk(root)) {
                    all = walk.filter(Files::isRegularFile).filter(p -> !isSpool(root, p)).sorted().toList();
                }
                for (Path p : all) {
                    zip.putNextEntry(new ZipEntry(carried + "/" + root.relativize(p).toString().replace('\\', '/')));
                    try (InputStream in = Files.newInputStream(p)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                    files++;
                }
            }
        }
        return files;
    }

    /** Upload spools ({@code files/tmp}) are half-received uploads, not stored files. */
    private static boolean isSpool(Path root, Path p) {
        Path relative = root.relativize(p);
        return relative.getNameCount() > 1 && relative.getName(0).toString().equals("tmp");
    }

    private void prune() throws IOException {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(Math.max(keep, 1), all.size()), all.size())) {
            Files.deleteIfExists(directory().resolve(old.name()));
            LOG.info(() -> "Backup " + old.name() + " removed (keeping the newest " + keep + ")");
        }
    }

    /** Whether the database is the embedded H2 these backups are for (PostgreSQL has its own tools). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean embedded() {
        try (Connection c = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }
}
