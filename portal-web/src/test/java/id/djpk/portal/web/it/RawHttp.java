package id.djpk.portal.web.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A POST whose body is generated while it is sent, on a plain socket: a prefix, then the letter x for as long as
 * asked (hundreds of MB without holding them), declared by Content-Length or sent chunked. Sending stops as soon
 * as the server answers or closes, and {@link Answer#bytesSent} tells how much of the body the server took
 * before it answered. The client address is a loopback address of the test's choosing, so that the public
 * forms' per-address allowances of the other tests are not used up.
 */
final class RawHttp {

    record Answer(int status, Map<String, String> headers, String body, long bytesSent) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private RawHttp() {
    }

    /** {@code length < 0}: chunked. {@code total}: the body's size, prefix and filler together. */
    static Answer post(int port, String clientAddress, String path, Map<String, String> headers, byte[] prefix,
            long total, boolean chunked) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(clientAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            CompletableFuture<Answer> reading = CompletableFuture.supplyAsync(() -> read(socket));
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + total + "\r\n").append("\r\n");
            long sent = 0;
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                byte[] filler = new byte[64 * 1024];
                Arrays.fill(filler, (byte) 'x');
                byte[] next = prefix;
                while (sent < total && !reading.isDone()) {
                    int n = (int) Math.min(next.length, total - sent);
                    if (chunked) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(next, 0, n);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent += n;
                    next = filler;
                }
                if (chunked && sent >= total) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closed) {
                // the server answered and closed the connection while the body was still being sent
            }
            Answer a = reading.get(60, TimeUnit.SECONDS);
            return new Answer(a.status(), a.headers(), a.body(), sent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer read(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String l = line(in); !l.isEmpty(); l = line(in)) {
                int colon = l.indexOf(':');
                headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else {
                body.write(in.readAllBytes());
            }
            // answered: the body still being sent is of no more use (a writer blocked on a full window wakes up)
            socket.close();
            return new Answer(status, headers, body.toString(StandardCharsets.UTF_8), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream l = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                l.write(c);
            }
        }
        if (c < 0 && l.size() == 0) {
            throw new IOException("connection closed before an answer");
        }
        return l.toString(StandardCharsets.UTF_8);
    }
}
