package id.djpk.portal.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortalConfigTest {

    @Test
    void theSessionCookieIsSecureWhenThePortalIsServedOverHttps() {
        PortalConfig config = PortalConfig.of(Path.of("data"), 1);
        assertFalse(config.secureCookie(), "http://127.0.0.1:8080 for development");
        config.publicBaseUrl = "https://portal.djpk.kemenkeu.go.id/";
        assertTrue(config.secureCookie());
        config.secureCookie = Optional.of(false);
        assertFalse(config.secureCookie(), "configured explicitly, e.g. for a test behind https");
    }

    @Test
    void trustedProxiesComeFromTheConfiguration() {
        PortalConfig config = PortalConfig.of(Path.of("data"), 1);
        assertEquals("127.0.0.1", config.clientAddress().of("127.0.0.1", List.of("203.0.113.7")));
        config = PortalConfig.of(Path.of("data"), 1);
        config.trustedProxies = Optional.of("127.0.0.1");
        assertEquals("203.0.113.7", config.clientAddress().of("127.0.0.1", List.of("203.0.113.7")));
    }
}
