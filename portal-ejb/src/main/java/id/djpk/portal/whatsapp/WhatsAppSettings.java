package id.djpk.portal.whatsapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Cloud API account, from MicroProfile Config ({@code PORTAL_WHATSAPP_PHONE_NUMBER_ID},
 * {@code PORTAL_WHATSAPP_ACCESS_TOKEN}, {@code PORTAL_WHATSAPP_APP_SECRET}, {@code PORTAL_WHATSAPP_VERIFY_TOKEN},
 * {@code PORTAL_WHATSAPP_API_URL}). Without the first three the channel is off and says so.
 */
@ApplicationScoped
public class WhatsAppSettings {

    public static final String META_API = "https://graph.facebook.com/v21.0";

    @Inject
    @ConfigProperty(name = "portal.whatsapp.phone-number-id")
    Optional<String> phoneNumberId;

    @Inject
    @ConfigProperty(name = "portal.whatsapp.access-token")
    Optional<String> accessToken;

    @Inject
    @ConfigProperty(name = "portal.whatsapp.app-secret")
    Optional<String> appSecret;

    @Inject
    @ConfigProperty(name = "portal.whatsapp.verify-token")
    Optional<String> verifyToken;

    @Inject
    @ConfigProperty(name = "portal.whatsapp.api-url", defaultValue = META_API)
    String apiUrl;

    public boolean configured() {
        return present(phoneNumberId) && present(accessToken) && present(appSecret);
    }

    public String phoneNumberId() {
        return phoneNumberId.orElse("");
    }

    String accessToken() {
        return accessToken.orElse("");
    }

    public String appSecret() {
        return appSecret.orElse("");
    }

    public Optional<String> verifyToken() {
        return verifyToken.filter(t -> !t.isBlank());
    }

    public String apiUrl() {
        return apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    }

    private static boolean present(Optional<String> v) {
        return v.filter(s -> !s.isBlank()).isPresent();
    }
}
