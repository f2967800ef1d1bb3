package id.djpk.portal.testing;

import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.Database;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * In test deployments, does what the staff portal's start-up does: migrate and seed. A deployment connected as
 * the public site's role ({@link Deployments#postgresAsPublicSite}) cannot: there the owner migrates and applies the grants over a connection of its own.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TestDatabaseSetup {

    @Inject
    private Database database;

    @Inject
    private ReferenceData reference;

    @Inject
    private id.djpk.portal.document.Sealing sealing;

    @Inject
    @ConfigProperty(name = "portal.test.setup-as-owner", defaultValue = "false")
    boolean asOwner;

    // a singleton's @PostConstruct runs in a transaction unless told otherwise: the seed must commit before the grants
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void setUp() {
        DataSource owner = asOwner ? owner() : null;
        String role = asOwner ? setting("portal.public.db.user") : null;
        if (owner == null) {
            database.migrate();
        } else {
            Database.migrate(owner);
            // the reference lists are seeded through the service, as everywhere else: for that moment only the role
            // may write them (the grants below start by revoking everything)
            execute(owner, "GRANT SELECT, INSERT ON region, topic, org_unit, holiday TO " + role);
        }
        sealing.ensureKeys();
        reference.seedIfEmpty();
        if (owner != null) {
            Database.grantPublicSite(owner, role);
        }
    }

    /** A connection as the schema's owner, beside the deployment's data source (the public site's role). */
    public DataSource owner() {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(setting("portal.db.url"));
        owner.setUser(setting("portal.db.user"));
        owner.setPassword(setting("portal.db.password"));
        return owner;
    }

    private static String setting(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    public static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
