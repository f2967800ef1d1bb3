package id.djpk.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who sent a request, for rate limits, sign-in throttling and visitor counts. Behind a reverse proxy the
 * socket address is the proxy's; the proxies we run append the address they saw to {@code X-Forwarded-For}.
 * So the client is the right-most hop that is not one of our trusted proxies: everything to the left of it
 * was written by the client and can be forged. Without trusted proxies the socket address is the client.
 * <p>
 * For counting, an IPv6 client is its /64 network: one home or office gets a /64 and its devices pick
 * new addresses in it at will.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private final List<Network> trusted;

    private ClientAddress(List<Network> trusted) {
        this.trusted = trusted;
    }

    /**
     * The trusted proxies as configured: addresses or CIDR blocks, separated by commas or spaces
     * ({@code "127.0.0.1, 10.0.0.0/8, fd00::/8"}); blank for none. A malformed entry is refused, so that a
     * typo does not silently trust nobody (or everybody).
     */
    public static ClientAddress trusting(String proxies) {
        List<Network> networks = new ArrayList<>();
        if (proxies != null) {
            for (String entry : proxies.split("[,\\s]+")) {
                if (!entry.isBlank()) {
                    networks.add(Network.parse(entry.strip()));
                }
            }
        }
        return new ClientAddress(Collections.unmodifiableList(networks));
    }

    /**
     * The client's address, from the socket address and the {@code X-Forwarded-For} headers in the order
     * received (several headers count as one list).
     */
    public String of(String socketAddress, List<String> forwardedFor) {
        String client = strip(socketAddress);
        if (!isTrusted(client) || forwardedFor == null) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            if (header != null) {
                for (String hop : header.split(",")) {
                    if (!hop.isBlank()) {
                        hops.add(strip(hop));
                    }
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    /** The client of a servlet request. */
    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client of a servlet request as it is counted (IPv6 by /64). */
    public String counted(HttpServletRequest request) {
        return group(of(request));
    }

    /** {@link #of} grouped for counting: IPv4 as it is, IPv6 as its /64 network ({@code 2001:db8:1:2::/64}). */
    public String counted(String socketAddress, List<String> forwardedFor) {
        return group(of(socketAddress, forwardedFor));
    }

    /** An address as it is counted: IPv6 addresses by their /64 network, anything else as given. */
    public static String group(String address) {
        byte[] bytes = literal(address);
        if (bytes == null || bytes.length != 16) {
            return address;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            sb.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return sb.append(":/64").toString();
    }

    boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(n -> n.contains(bytes));
    }

    /** A hop as a bare address: without a port, brackets or an IPv6 zone; unknown text is kept (shortened). */
    private static String strip(String hop) {
        if (hop == null) {
            return "";
        }
        String s = hop.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            s = end < 0 ? s.substring(1) : s.substring(1, end);
        } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':') && s.indexOf('.') > 0) {
            s = s.substring(0, s.indexOf(':'));
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        s = s.toLowerCase(Locale.ROOT);
        return s.length() > 45 ? s.substring(0, 45) : s;
    }

    /** The bytes of an IP literal, or null for anything else (never a name lookup). */
    static byte[] literal(String s) {
        if (s == null) {
            return null;
        }
        if (IPV4.matcher(s).matches()) {
            String[] parts = s.split("\\.");
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                int v = Integer.parseInt(parts[i]);
                if (v > 255) {
                    return null;
                }
                b[i] = (byte) v;
            }
            return b;
        }
        if (s.indexOf(':') >= 0 && IPV6.matcher(s).matches()) {
            try {
                // a string with a colon is parsed as an IPv6 literal, never looked up
                byte[] b = InetAddress.getByName(s).getAddress();
                if (b.length == 4) { // an IPv4-mapped IPv6 address comes back as IPv4: keep 16 bytes
                    byte[] mapped = new byte[16];
                    mapped[10] = (byte) 0xff;
                    mapped[11] = (byte) 0xff;
                    System.arraycopy(b, 0, mapped, 12, 4);
                    return mapped;
                }
                return b;
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }

    private record Network(byte[] base, int bits) {

        static Network parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] base = literal(address.toLowerCase(Locale.ROOT));
            if (base == null) {
                throw new IllegalArgumentException("not an IP address or CIDR block: " + entry);
            }
            int bits = base.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > base.length * 8) {
                    throw new IllegalArgumentException("not an IP address or CIDR block: " + entry);
                }
            }
            return new Network(base, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            if (bits == 0) {
                return true;
            }
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftLeft(base.length * 8 - bits);
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, base).and(mask));
        }
    }
}
