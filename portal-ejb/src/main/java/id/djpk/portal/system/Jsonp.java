package id.djpk.portal.system;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. The static factories of {@code jakarta.json.Json} look the provider up
 * through the service loader on every call, which scans the application's class path (3% of a monthly report's
 * compilation in a profile, where the snapshot makes a builder per figure); the portal makes its builders and readers
 * through {@link #JSON} instead.
 */
public final class Jsonp {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
