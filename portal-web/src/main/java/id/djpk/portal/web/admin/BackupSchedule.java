package id.djpk.portal.web.admin;

import id.djpk.portal.system.Backups;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily backup of the embedded database: once an office day, at the first check after {@code portal.backup.at}
 * (PORTAL_BACKUP_AT, {@code 01:30} office time; {@code off} switches it off). A portal that was down at that hour
 * takes the day's backup when it is back. With PostgreSQL it does nothing (pg_dump, docs/operations.md).
 */
@Singleton
public class BackupSchedule {

    private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());

    @Inject
    private Backups backups;

    @Inject
    private OfficeClock clock;

    @Inject
    @ConfigProperty(name = "portal.backup.at", defaultValue = "01:30")
    String at;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void daily() {
        Optional<LocalTime> time = at();
        ZonedDateTime now = clock.officeNow();
        if (time.isEmpty() || now.toLocalTime().isBefore(time.get()) || !backups.embedded() || backups.takenOn(now.toLocalDate())) {
            return;
        }
        try {
            backups.take("system");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily backup failed; the next check tries again", e);
        }
    }

    /** The configured time, or empty when switched off (or unreadable, which the log says). */
    public Optional<LocalTime> at() {
        if (at == null || at.isBlank() || at.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(at.trim()));
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "portal.backup.at=" + at + " is not a time like 01:30; no daily backup");
            return Optional.empty();
        }
    }
}
