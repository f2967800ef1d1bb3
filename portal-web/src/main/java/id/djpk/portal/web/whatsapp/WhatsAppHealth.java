package id.djpk.portal.web.whatsapp;

import id.djpk.portal.whatsapp.WhatsAppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /health}: whether the WhatsApp channel is connected. Always up (a portal without WhatsApp is a
 * working portal), with {@code channel: on|off} so operators see which it is.
 */
@Readiness
@ApplicationScoped
public class WhatsAppHealth implements HealthCheck {

    @Inject
    private WhatsAppSettings settings;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("whatsapp-channel").up()
                .withData("channel", settings.configured() ? "on" : "off")
                .withData("api", settings.apiUrl()).build();
    }
}
