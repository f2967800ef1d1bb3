package id.djpk.portal.web.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A stand-in for Meta's WhatsApp Cloud API, in the test JVM on loopback: it answers {@code POST /{phone-id}/messages}
 * as Meta does (a {@code wamid} per accepted message; queued refusals such as 429, 500 or the 24-hour-window error
 * when a test asks for them), serves media through {@code GET /{media-id}} and its download URL, takes uploads on
 * {@code POST /{phone-id}/media} (multipart, as Meta: {@code messaging_product}, {@code type}, {@code file}), checks the
 * bearer token, and records every message and upload it was sent.
 */
public final class CloudApiStandIn implements AutoCloseable {

    public static final String PHONE_NUMBER_ID = "106540352242922";
    public static final String TOKEN = "EAAG-test-token";
    public static final String APP_SECRET = "whatsapp-app-secret";
    public static final String VERIFY_TOKEN = "djpk-verify";

    /** One message as the portal sent it. */
    public record Sent(String to, String body, String wamid, int status) {
    }

    private record Media(byte[] content, String mimeType) {
    }

    /** A file the portal uploaded: the media id given, the part's file name and type, and its bytes. */
    public record Upload(String id, String fileName, String type, byte[] content) {
    }

    private final HttpServer server;
    private final List<Sent> sent = new ArrayList<>();
    private final Deque<int[]> refusals = new ArrayDeque<>();
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<Upload> uploads = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        // the JDK's server writes an answer's headers and body apart; without TCP_NODELAY each answer waits for the
        // portal's delayed ACK (about 40 ms on Linux) before the portal reads it. Read once, when its first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public CloudApiStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v21.0";
    }

    /** The next {@code times} messages are answered with this HTTP status (429, 500, 400 = outside the window). */
    public synchronized void refuseNext(int status, int times) {
        for (int i = 0; i < times; i++) {
            refusals.add(new int[] {status});
        }
    }

    public void media(String id, byte[] content, String mimeType) {
        media.put(id, new Media(content, mimeType));
    }

    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    public synchronized List<Sent> sentTo(String to) {
        return sent.stream().filter(s -> s.to().equals(to)).toList();
    }

    /** Waits (up to a minute) until a message to the number matches, and returns it. */
    public Sent await(String to, Predicate<Sent> match) {
        return await(to, 0, match);
    }

    /** As {@link #await(String, Predicate)}, among the messages to the number after the first {@code skip}. */
    public Sent await(String to, int skip, Predicate<Sent> match) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<Sent> all = sentTo(to);
            for (Sent s : all.subList(Math.min(skip, all.size()), all.size())) {
                if (match.test(s)) {
                    return s;
                }
            }
            PortalServer.sleep(200);
        }
        throw new AssertionError("nothing matching sent to " + to + "; sent: " + sentTo(to));
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            if (!("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                answer(x, 401, "{\"error\":{\"message\":\"Invalid OAuth access token.\",\"type\":\"OAuthException\",\"code\":190}}");
                return;
            }
            if (x.getRequestMethod().equals("POST") && path.equals("/v21.0/" + PHONE_NUMBER_ID + "/messages")) {
                String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String to = body.replaceAll("(?s).*\"to\":\"([^\"]+)\".*", "$1");
                int[] refusal;
                synchronized (this) {
                    refusal = refusals.poll();
                }
                if (refusal != null) {
                    synchronized (this) {
                        sent.add(new Sent(to, body, null, refusal[0]));
                    }
                    answer(x, refusal[0], refusal[0] == 400
                            ? "{\"error\":{\"message\":\"(#131047) Re-engagement message\",\"type\":\"OAuthException\",\"code\":131047,"
                                    + "\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"Message failed to send because more "
                                    + "than 24 hours have passed since the customer last replied to this number.\"}}}"
                            : "{\"error\":{\"message\":\"(#" + refusal[0] + ") try later\",\"code\":" + refusal[0] + "}}");
                    return;
                }
                String wamid = "wamid.OUT" + ids.incrementAndGet();
                synchronized (this) {
                    sent.add(new Sent(to, body, wamid, 200));
                }
                answer(x, 200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + to + "\",\"wa_id\":\"" + to
                        + "\"}],\"messages\":[{\"id\":\"" + wamid + "\"}]}");
                return;
            }
            if (x.getRequestMethod().equals("POST") && path.equals("/v21.0/" + PHONE_NUMBER_ID + "/media")) {
                upload(x);
                return;
            }
            if (x.getRequestMethod().equals("GET") && path.startsWith("/v21.0/download/")) {
                Media m = media.get(path.substring("/v21.0/download/".length()));
                if (m == null) {
                    answer(x, 404, "{}");
                    return;
                }
                x.getResponseHeaders().set("Content-Type", m.mimeType());
                x.sendResponseHeaders(200, m.content().length);
                try (OutputStream out = x.getResponseBody()) {
                    out.write(m.content());
                }
                return;
            }
            if (x.getRequestMethod().equals("GET") && path.startsWith("/v21.0/")) {
                String id = path.substring("/v21.0/".length());
                Media m = media.get(id);
                if (m == null) {
                    answer(x, 404, "{\"error\":{\"message\":\"Unsupported get request.\",\"code\":100}}");
                    return;
                }
                answer(x, 200, "{\"messaging_product\":\"whatsapp\",\"url\":\"" + baseUrl() + "/download/" + id
                        + "\",\"mime_type\":\"" + m.mimeType() + "\",\"file_size\":" + m.content().length + ",\"id\":\"" + id + "\"}");
                return;
            }
            answer(x, 404, "{\"error\":{\"message\":\"Unknown path\",\"code\":100}}");
        }
    }

    /** Meta's media upload: refused (400) without the three parts it requires. */
    private void upload(HttpExchange x) throws IOException {
        String contentType = String.valueOf(x.getRequestHeaders().getFirst("Content-Type"));
        int at = contentType.indexOf("boundary=");
        byte[] body = x.getRequestBody().readAllBytes();
        if (!contentType.startsWith("multipart/form-data") || at < 0) {
            answer(x, 400, "{\"error\":{\"message\":\"(#100) The parameter file is required.\",\"code\":100}}");
            return;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String boundary = "--" + contentType.substring(at + "boundary=".length());
        String product = null;
        String type = null;
        String fileName = null;
        byte[] file = null;
        for (String part : text.split(java.util.regex.Pattern.quote(boundary))) {
            int headEnd = part.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                continue;
            }
            String head = part.substring(0, headEnd);
            String value = part.substring(headEnd + 4, Math.max(headEnd + 4, part.length() - 2)); // the CRLF before the boundary
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(head);
            if (!name.find()) {
                continue;
            }
            switch (name.group(1)) {
                case "messaging_product" -> product = value;
                case "type" -> type = value;
                case "file" -> {
                    java.util.regex.Matcher fn = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"").matcher(head);
                    fileName = fn.find() ? fn.group(1) : null;
                    file = value.getBytes(StandardCharsets.ISO_8859_1);
                }
                default -> { }
            }
        }
        if (!"whatsapp".equals(product) || type == null || file == null) {
            answer(x, 400, "{\"error\":{\"message\":\"(#100) Param messaging_product, type and file are required\",\"code\":100}}");
            return;
        }
        String id = "UPLOAD-" + ids.incrementAndGet();
        media.put(id, new Media(file, type));
        uploads.add(new Upload(id, fileName, type, file));
        answer(x, 200, "{\"id\":\"" + id + "\"}");
    }

    private static void answer(HttpExchange x, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
