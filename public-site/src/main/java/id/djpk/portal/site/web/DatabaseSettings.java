package id.djpk.portal.site.web;

import id.djpk.portal.system.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The public site does not start on PostgreSQL with the embedded H2's password or none (there is no default
 * password for a real database); the staff portal checks the same before it migrates.
 */
@ApplicationScoped
public class DatabaseSettings {

    @Inject
    private Database database;

    void check(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        database.refuseDefaultPassword();
    }
}
