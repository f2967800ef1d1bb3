import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live chat under load (bench/livechat-benchmark.sh): CHATS visitors hold a /ws/chat socket each (each from its
 * own address, X-Forwarded-For, as behind nginx), an agent answers every chat through the staff API from AGENTS
 * threads, and the time from the answer's 201 to the AGENT frame on the visitor's socket is measured.
 *
 *   java bench/LiveChatBench.java http://127.0.0.1:18495 <agent password> 200 8
 */
public class LiveChatBench {

    static final Pattern TICKET = Pattern.compile("\"ticket\":\"([^\"]+)\"");

    static final class Visitor implements WebSocket.Listener {
        final CompletableFuture<String> started = new CompletableFuture<>();
        final ConcurrentHashMap<String, Long> arrived = new ConcurrentHashMap<>();
        final StringBuilder partial = new StringBuilder();
        /** How the socket ended, when it did: the close frame's code and reason, or the error. */
        volatile String closed;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String f = partial.toString();
                partial.setLength(0);
                long now = System.nanoTime();
                if (f.contains("\"type\":\"started\"")) {
                    Matcher m = TICKET.matcher(f);
                    started.complete(m.find() ? m.group(1) : null);
                } else if (f.contains("\"from\":\"AGENT\"")) {
                    Matcher m = Pattern.compile("\"body\":\"(answer-[0-9]+)\"").matcher(f);
                    if (m.find()) {
                        arrived.putIfAbsent(m.group(1), now);
                    }
                } else if (f.contains("\"type\":\"error\"") || f.contains("\"type\":\"offline\"")) {
                    started.completeExceptionally(new IllegalStateException(f));
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            closed = code + " " + reason;
            started.completeExceptionally(new IllegalStateException("socket closed by the server: " + closed));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed = "error " + error;
            started.completeExceptionally(error);
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(("agent:" + args[1]).getBytes(StandardCharsets.UTF_8));
        int chats = Integer.parseInt(args[2]);
        int agents = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> p = http.send(HttpRequest.newBuilder(URI.create(base + "/portal/api/livechat/presence"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"available\": true}")).build(), HttpResponse.BodyHandlers.ofString());
        if (p.statusCode() != 200) {
            throw new IllegalStateException("presence: " + p.statusCode() + " " + p.body());
        }
        List<Visitor> visitors = new ArrayList<>();
        List<WebSocket> sockets = new ArrayList<>();
        List<String> tickets = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < chats; i++) {
            Visitor v = new Visitor();
            WebSocket ws = http.newWebSocketBuilder().header("X-Forwarded-For", "10." + (i / 250) + "." + (i % 250) + ".9")
                    .buildAsync(URI.create(base.replace("http://", "ws://") + "/ws/chat"), v).join();
            try {
                ws.sendText("{\"type\":\"start\",\"name\":\"Pengunjung " + i + "\",\"email\":\"bench" + i
                        + "@example.go.id\",\"message\":\"Pertanyaan " + i + "\"}", true).join();
            } catch (java.util.concurrent.CompletionException e) {
                throw new IllegalStateException("visitor " + i + " of " + chats + ": its \"start\" frame not sent, the socket "
                        + (v.closed == null ? "not closed by the server" : "ended: " + v.closed), e);
            }
            visitors.add(v);
            sockets.add(ws);
        }
        for (int i = 0; i < chats; i++) {
            try {
                tickets.add(visitors.get(i).started.get(120, TimeUnit.SECONDS));
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                // which visitor, and whether its socket was still open: a lost "started" frame is a finding, not noise
                throw new IllegalStateException("visitor " + i + " of " + chats + " has no \"started\" frame"
                        + (e instanceof java.util.concurrent.TimeoutException ? " after 120 s" : ": " + e.getCause())
                        + "; its socket " + (visitors.get(i).closed == null ? "still open" : "ended: " + visitors.get(i).closed), e);
            }
        }
        System.out.printf("%d chats started in %.1f s%n", chats, (System.nanoTime() - t0) / 1e9);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(agents);
        long t1 = System.nanoTime();
        List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < chats; i++) {
            int n = i;
            jobs.add(pool.submit(() -> {
                String body = "answer-" + n;
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/portal/api/tickets/"
                        + tickets.get(n) + "/replies")).header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"" + body + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                long answered = System.nanoTime();
                if (r.statusCode() != 201) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
                Visitor v = visitors.get(n);
                long end = answered + TimeUnit.SECONDS.toNanos(30);
                while (!v.arrived.containsKey(body) && System.nanoTime() < end) {
                    Thread.sleep(5);
                }
                Long at = v.arrived.get(body);
                latencies.add(at == null ? Long.MAX_VALUE : Math.max(0, at - answered));
                return null;
            }));
        }
        for (var j : jobs) {
            j.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t1) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long lost = sorted.stream().filter(l -> l == Long.MAX_VALUE).count();
        System.out.printf("%d answers in %.1f s (%.1f/s); answer → visitor's socket: p50 %d ms, p95 %d ms, max %d ms; "
                + "not arrived within 30 s: %d%n", chats, seconds, chats / seconds, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 1.0), lost);
        for (WebSocket ws : sockets) {
            ws.sendText("{\"type\":\"close\"}", true);
        }
        Thread.sleep(2000);
        http.send(HttpRequest.newBuilder(URI.create(base + "/portal/api/livechat/presence")).header("Authorization", auth)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"available\": false}"))
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    static long ms(List<Long> sorted, double q) {
        long v = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
        return v == Long.MAX_VALUE ? -1 : TimeUnit.NANOSECONDS.toMillis(v);
    }
}
