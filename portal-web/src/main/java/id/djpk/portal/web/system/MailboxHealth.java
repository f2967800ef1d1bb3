package id.djpk.portal.web.system;

import id.djpk.portal.email.ImapSettings;
import id.djpk.portal.email.Mailbox;
import id.djpk.portal.web.mail.MailboxWatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /health}: the e-mail intake. "configured" false when no IMAP host is set; else per
 * mailbox the time and result of its last fetch, or the error. Always UP: a mailbox the portal cannot read
 * does not make the portal unready, so the state is in the data for monitoring to read.
 */
@Readiness
@ApplicationScoped
public class MailboxHealth implements HealthCheck {

    @Inject
    private ImapSettings settings;

    @Inject
    private MailboxWatcher watcher;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("portal-web-mailbox").up()
                .withData("configured", settings.configured());
        var last = watcher.lastFetches();
        for (Mailbox box : settings.mailboxes()) {
            String key = box.name().toLowerCase(java.util.Locale.ROOT);
            MailboxWatcher.LastFetch f = last.get(box);
            b.withData(key + ".mailbox", settings.describe(box));
            if (f == null) {
                b.withData(key + ".state", "starting");
            } else if (f.error() != null) {
                b.withData(key + ".state", "failing").withData(key + ".error", f.error()).withData(key + ".at", f.at().toString());
            } else {
                b.withData(key + ".state", "ok").withData(key + ".at", f.at().toString())
                        .withData(key + ".stored", f.report().stored()).withData(key + ".failed", f.report().failed());
            }
        }
        return b.build();
    }
}
