package id.djpk.portal.system;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The portal's one database. Its settings come from MicroProfile Config (see
 * {@code META-INF/microprofile-config.properties}); each WAR gets its own pool. The user it connects as is
 * {@code portal.db.connect.user}: the schema's owner ({@code portal.db.user}) in the staff portal, the public
 * site's own role ({@code portal.public.db.user}, by default the same) in the public site, whose configuration
 * file says so.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "${MPCONFIG=portal.db.class}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.connect.user}",
        password = "${MPCONFIG=portal.db.connect.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=auto-commit"})
@Stateless
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    /** The public site's grants, applied after every migration (and by hand with psql, see the file). */
    public static final String PUBLIC_SITE_GRANTS = "db/public-site-grants.sql";

    /**
     * The password the embedded H2 database has always been created with. An H2 file under the data directory
     * is opened only by this process; its password protects nothing that the file's permissions do not. No
     * other database may be reached with it.
     */
    static final String EMBEDDED_H2_PASSWORD = "portal";

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "portal.db.user")
    String ownerUser;

    @Inject
    @ConfigProperty(name = "portal.db.connect.password")
    Optional<String> connectPassword;

    @Inject
    @ConfigProperty(name = "portal.public.db.user")
    Optional<String> publicUser;

    @Inject
    @ConfigProperty(name = "portal.public.db.password")
    Optional<String> publicPassword;

    /**
     * Applies pending Flyway migrations, then the public site's grants when it has a role of its own; called
     * once at start by the staff portal (the schema's owner).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int migrate() {
        refuseDefaultPassword();
        int applied = migrate(dataSource);
        Optional<String> role = publicRole();
        if (role.isPresent()) {
            grantPublicSite(dataSource, role.get());
            LOG.info(() -> "Public site's database role " + role.get() + " granted (" + PUBLIC_SITE_GRANTS + ")");
        }
        return applied;
    }

    /**
     * Flyway's migrations on the given data source (the owner's): the SQL scripts of {@code db/migration}, and the
     * migrations in Java that a capability registers as a service of {@link JavaMigration} (one that computes what
     * SQL cannot, such as the search words of every ticket: {@code helpdesk.TicketWordsMigration}).
     */
    public static int migrate(DataSource owner) {
        ClassLoader loader = Database.class.getClassLoader();
        JavaMigration[] java = ServiceLoader.load(JavaMigration.class, loader).stream()
                .map(ServiceLoader.Provider::get).toArray(JavaMigration[]::new);
        MigrateResult result = Flyway.configure(loader)
                .dataSource(owner)
                .locations("classpath:db/migration")
                .javaMigrations(java)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    /** The public site's own role on PostgreSQL; empty when it shares the owner's (H2, or not configured). */
    Optional<String> publicRole() {
        return publicUser.map(String::strip).filter(u -> !u.isEmpty() && !u.equals(ownerUser))
                .filter(u -> url.startsWith("jdbc:postgresql:"));
    }

    /**
     * Refuses to start on a database other than the embedded H2 with no password configured (the shipped
     * default is for the embedded H2 only), for the staff portal's user and the public site's.
     */
    public void refuseDefaultPassword() {
        if (url.startsWith("jdbc:h2:")) {
            return;
        }
        if (connectPassword.map(EMBEDDED_H2_PASSWORD::equals).orElse(true)) {
            throw new IllegalStateException("No database password configured for " + url
                    + ": set PORTAL_DB_PASSWORD (and PORTAL_PUBLIC_DB_PASSWORD for the public site's role); "
                    + "the default is for the embedded H2 database only");
        }
        if (publicRole().isPresent() && publicPassword.map(EMBEDDED_H2_PASSWORD::equals).orElse(true)) {
            throw new IllegalStateException("No password configured for the public site's database role "
                    + publicRole().get() + ": set PORTAL_PUBLIC_DB_PASSWORD");
        }
    }

    /** Runs {@link #PUBLIC_SITE_GRANTS} for the given role, as the schema's owner. */
    public static void grantPublicSite(DataSource owner, String role) {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            for (String sql : grantStatements(role)) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the public site's role " + role + ": " + e.getMessage(), e);
        }
    }

    /** The grants file's statements with psql's {@code :"public_role"} replaced by the quoted role name. */
    static List<String> grantStatements(String role) {
        String quoted = '"' + role.replace("\"", "\"\"") + '"';
        StringBuilder text = new StringBuilder();
        try (InputStream in = Database.class.getClassLoader().getResourceAsStream(PUBLIC_SITE_GRANTS)) {
            if (in == null) {
                throw new IllegalStateException(PUBLIC_SITE_GRANTS + " missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String code = line.replaceFirst("--.*$", "").strip();
                if (!code.isEmpty()) {
                    text.append(code.replace(":\"public_role\"", quoted)).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> statements = new ArrayList<>();
        for (String sql : text.toString().split(";")) {
            if (!sql.isBlank()) {
                statements.add(sql.strip());
            }
        }
        return statements;
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean isReachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
