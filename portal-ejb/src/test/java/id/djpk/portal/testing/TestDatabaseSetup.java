package id.djpk.portal.testing;

import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.Database;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** In test deployments, does what the staff portal's start-up does: migrate and seed. */
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

    @PostConstruct
    void setUp() {
        database.migrate();
        sealing.ensureKeys();
        reference.seedIfEmpty();
    }
}
