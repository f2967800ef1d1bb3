package id.djpk.portal.helpdesk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V46: the word index of the queue's search ({@code helpdesk_ticket_word}, {@link TicketWords}), filled
 * for every ticket already stored. In Java because SQL cannot split the words as the portal does, on H2 and
 * PostgreSQL alike. Tickets are read in id order, a thousand at a time, and their words written in batches; the
 * index on the words is built after the fill. Registered with Flyway as a service
 * ({@code META-INF/services/org.flywaydb.core.api.migration.JavaMigration}, read by {@code system.Database}).
 */
public class TicketWordsMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(TicketWordsMigration.class.getName());
    private static final int PAGE = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("46");
    }

    @Override
    public String getDescription() {
        return "ticket words";
    }

    /** A fixed checksum: a change to what this migration does is a new migration, not an edit of this one. */
    @Override
    public Integer getChecksum() {
        return 46_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE helpdesk_ticket_word ("
                    + " ticket_id BIGINT NOT NULL REFERENCES helpdesk_ticket(id),"
                    + " word VARCHAR(" + TicketWords.MAX_LENGTH + ") NOT NULL,"
                    + " PRIMARY KEY (ticket_id, word))");
        }
        long[] written = fill(c, Long.MIN_VALUE);
        try (Statement s = c.createStatement()) {
            // a word's beginning (LIKE 'band%') is a range of this index; PostgreSQL reads a range for LIKE only with
            // the pattern operator class (the database's collation may sort otherwise)
            s.execute("CREATE INDEX ix_ticket_word ON helpdesk_ticket_word(word"
                    + (postgres ? " varchar_pattern_ops" : "") + ", ticket_id)");
        }
        LOG.info(() -> "V46: " + written[1] + " search words of " + written[0] + " tickets");
    }

    /**
     * Writes the words of every ticket whose id is above {@code afterId}, in id order, a thousand tickets at a time;
     * returns how many tickets and words. Also for tickets loaded straight into the database (the queue benchmark's
     * bulk load).
     */
    public static long[] fill(Connection c, long afterId) throws SQLException {
        long tickets = 0;
        long words = 0;
        long after = afterId;
        try (PreparedStatement read = c.prepareStatement("SELECT id, ticket_number, subject, requester_name, institution"
                + " FROM helpdesk_ticket WHERE id > ? ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY");
             PreparedStatement write = c.prepareStatement("INSERT INTO helpdesk_ticket_word (ticket_id, word) VALUES (?, ?)")) {
            while (true) {
                read.setLong(1, after);
                int rows = 0;
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        after = r.getLong(1);
                        rows++;
                        for (String word : TicketWords.of(r.getString(2), r.getString(3), r.getString(4), r.getString(5))) {
                            write.setLong(1, after);
                            write.setString(2, word);
                            write.addBatch();
                            words++;
                        }
                    }
                }
                write.executeBatch();
                tickets += rows;
                if (rows < PAGE) {
                    return new long[] {tickets, words};
                }
                if (tickets % 100_000 == 0) {
                    long done = tickets;
                    LOG.info(() -> "V46: the search words of " + done + " tickets written");
                }
            }
        }
    }
}
