package id.djpk.portal.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The portal's settings in one place, read from MicroProfile Config. */
@ApplicationScoped
public class PortalConfig {

    @Inject
    @ConfigProperty(name = "portal.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "portal.public.base-url", defaultValue = "http://127.0.0.1:8080")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "26214400")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "portal.login.max-failures", defaultValue = "5")
    int maxLoginFailures;

    @Inject
    @ConfigProperty(name = "portal.login.max-address-failures", defaultValue = "20")
    int maxAddressLoginFailures;

    /** Reverse proxies whose X-Forwarded-For is believed (addresses, CIDR blocks); see {@link ClientAddress}. */
    @Inject
    @ConfigProperty(name = "portal.trusted-proxies")
    Optional<String> trustedProxies;

    /** Whether the session cookie is marked Secure; unset: when the public address is https. */
    @Inject
    @ConfigProperty(name = "portal.session.secure-cookie")
    Optional<Boolean> secureCookie;

    private ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "true")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "portal.office.open", defaultValue = "08:00")
    String officeOpen;

    @Inject
    @ConfigProperty(name = "portal.office.close", defaultValue = "17:00")
    String officeClose;

    @Inject
    @ConfigProperty(name = "portal.office.zone", defaultValue = "Asia/Jakarta")
    String officeZone;

    /** A configuration outside the container (command-line tools, unit tests). */
    public static PortalConfig of(Path dataDir, long maxUploadBytes) {
        PortalConfig c = new PortalConfig();
        c.dataDir = dataDir.toString();
        c.publicBaseUrl = "http://127.0.0.1:8080";
        c.maxUploadBytes = maxUploadBytes;
        c.maxLoginFailures = 5;
        c.maxAddressLoginFailures = 20;
        c.trustedProxies = Optional.empty();
        c.secureCookie = Optional.empty();
        c.demoEnabled = false;
        c.officeOpen = "08:00";
        c.officeClose = "17:00";
        c.officeZone = "Asia/Jakarta";
        return c;
    }

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** The staff portal's address, for links in messages to staff. */
    public String staffBaseUrl() {
        String base = publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/portal";
    }

    public String publicBaseUrl() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public int maxLoginFailures() {
        return maxLoginFailures;
    }

    /** Failed sign-ins from one address (any account) before its attempts are delayed. */
    public int maxAddressLoginFailures() {
        return maxAddressLoginFailures;
    }

    /** How the client of a request is found behind the configured proxies. */
    public ClientAddress clientAddress() {
        if (clientAddress == null) {
            clientAddress = ClientAddress.trusting(trustedProxies.orElse(""));
        }
        return clientAddress;
    }

    /** Secure session cookie: as configured, else when the portal is served over https. */
    public boolean secureCookie() {
        return secureCookie.orElse(publicBaseUrl().regionMatches(true, 0, "https://", 0, 8));
    }

    public boolean demoEnabled() {
        return demoEnabled;
    }

    /** Opening time of the office as configured ("08:00"); parsed by the calendar, which knows what it means. */
    public String officeOpen() {
        return officeOpen;
    }

    public String officeClose() {
        return officeClose;
    }

    public String officeZone() {
        return officeZone;
    }
}
