package id.djpk.portal.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    static final ClientAddress NGINX = ClientAddress.trusting("127.0.0.1, 10.0.0.0/8 ::1");

    @Test
    void withoutTrustedProxiesTheSocketAddressIsTheClientWhateverTheHeaderSays() {
        ClientAddress none = ClientAddress.trusting("");
        assertEquals("127.0.0.1", none.of("127.0.0.1", List.of("203.0.113.7")));
        assertEquals("198.51.100.4", ClientAddress.trusting(null).of("198.51.100.4", List.of()));
    }

    @Test
    void theClientIsTheRightMostHopThatIsNotATrustedProxy() {
        // the client forged "1.2.3.4"; nginx appended the address it saw, 203.0.113.7
        assertEquals("203.0.113.7", NGINX.of("127.0.0.1", List.of("1.2.3.4, 203.0.113.7")));
        // two of our proxies in a row (10.x in front of the local nginx)
        assertEquals("203.0.113.7", NGINX.of("127.0.0.1", List.of("1.2.3.4, 203.0.113.7, 10.1.2.3")));
        // several headers are one list, in order
        assertEquals("198.51.100.9", NGINX.of("127.0.0.1", List.of("1.2.3.4", "198.51.100.9")));
    }

    @Test
    void aRequestThatDidNotComeThroughATrustedProxyIsNotBelieved() {
        assertEquals("203.0.113.50", NGINX.of("203.0.113.50", List.of("127.0.0.1, 10.0.0.1")));
    }

    @Test
    void aTrustedProxyWithoutForwardingIsItselfTheClient() {
        assertEquals("127.0.0.1", NGINX.of("127.0.0.1", List.of()));
        assertEquals("127.0.0.1", NGINX.of("127.0.0.1", null));
        // only trusted hops: the left-most one reported is the furthest we know
        assertEquals("10.0.0.9", NGINX.of("127.0.0.1", List.of("10.0.0.9, 10.0.0.8")));
    }

    @Test
    void portsBracketsAndZonesAreNotPartOfTheAddress() {
        assertEquals("203.0.113.7", NGINX.of("127.0.0.1", List.of("203.0.113.7:51000")));
        assertEquals("2001:db8::1", NGINX.of("::1", List.of("[2001:DB8::1]:443")));
        assertEquals("fe80::1", NGINX.of("0:0:0:0:0:0:0:1", List.of("fe80::1%eth0")));
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        assertEquals("2001:db8:1:2::/64", ClientAddress.group("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(ClientAddress.group("2001:db8:1:2::1"), ClientAddress.group("2001:db8:1:2:ffff::9"));
        assertEquals("2001:db8:1:3::/64", NGINX.counted("::1", List.of("2001:db8:1:3::77")));
        assertEquals("203.0.113.7", NGINX.counted("127.0.0.1", List.of("203.0.113.7")));
    }

    @Test
    void cidrBlocksOfBothFamilies() {
        ClientAddress proxies = ClientAddress.trusting("192.168.4.0/22 fd00::/8");
        assertEquals("192.168.8.1", proxies.of("192.168.7.255", List.of("192.168.8.1")));
        assertEquals("203.0.113.1", proxies.of("fd12::5", List.of("203.0.113.1")));
        assertEquals("fe00::5", proxies.of("fe00::5", List.of("203.0.113.1")));
    }

    @Test
    void aMalformedProxyListIsRefusedNotIgnored() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("proxy.example.org"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("300.1.1.1"));
    }

    @Test
    void namesInTheHeaderAreNeverLookedUpAndNeverTrusted() {
        assertEquals("localhost", NGINX.of("127.0.0.1", List.of("localhost")));
    }
}
