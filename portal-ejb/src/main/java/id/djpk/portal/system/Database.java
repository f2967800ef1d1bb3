package id.djpk.portal.system;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The portal's one database. Its settings come from MicroProfile Config (see
 * {@code META-INF/microprofile-config.properties}); each WAR gets its own pool.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "${MPCONFIG=portal.db.class}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=auto-commit"})
@Stateless
public class Database {

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    /** Applies pending Flyway migrations; called once at start by the staff portal (its owner). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return result.migrationsExecuted;
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
