package id.djpk.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.mail.util.StreamProvider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Names Jakarta Mail's stream provider once, so that reading a message does not search the class path for it.
 *
 * <p>Jakarta Mail 2.1 (the API in Payara's runtime) asks {@code StreamProvider.provider()} for every header block it
 * reads, every body part and every decoded part, and each ask runs a {@link java.util.ServiceLoader} over the
 * application's class loader: every jar and class folder of the WAR is looked up again (jakartaee/mail-api #699,
 * #861). Measured on the e-mail intake (issue #19, docs/benchmarks.md "The e-mail intake profiled"): 7,5% of the
 * intake's time, and the intake 127 messages a second with the provider named against 104 without. The API reads the
 * provider's class name from the system property {@value #PROPERTY} first; this sets it, when nobody has, to the
 * class the service loader finds (Angus Mail's), so every later ask takes the short way. Runs when each application
 * starts; the property is the process's, and names the same provider the search would have found.
 */
@ApplicationScoped
public class MailStreams {

    private static final Logger LOG = Logger.getLogger(MailStreams.class.getName());
    /** The system property Jakarta Mail's factory finder reads before it searches. */
    public static final String PROPERTY = "jakarta.mail.util.StreamProvider";

    void name(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        name();
    }

    /** Sets {@value #PROPERTY} to the provider the service loader finds, unless it is set; returns its value. */
    public static synchronized String name() {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            return named;
        }
        try {
            String found = StreamProvider.provider().getClass().getName();
            System.setProperty(PROPERTY, found);
            LOG.fine(() -> "Jakarta Mail's stream provider named: " + found);
            return found;
        } catch (RuntimeException e) {
            // no provider at all: mail could not be read or written either way; the search stays as it was
            LOG.log(Level.WARNING, "No Jakarta Mail stream provider found: " + e);
            return null;
        }
    }
}
