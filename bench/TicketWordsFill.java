import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The queue benchmark's bulk load writes tickets straight into H2; this writes their search words as the portal does
 * (migration V46's fill, {@code helpdesk.TicketWordsMigration}): {@code java -cp h2.jar:flyway-core.jar:portal-ejb/target/classes
 * bench/TicketWordsFill.java <jdbc-url> <after-id>}.
 */
public class TicketWordsFill {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "portal", "portal")) {
            c.setAutoCommit(false);
            long[] written = id.djpk.portal.helpdesk.TicketWordsMigration.fill(c, Long.parseLong(args[1]));
            c.commit();
            System.out.println("   search words of " + written[0] + " tickets written: " + written[1]);
        }
    }
}
