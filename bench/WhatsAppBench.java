import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The WhatsApp benchmark's load (run by bench/whatsapp-benchmark.sh; JDK only, `java bench/WhatsAppBench.java`):
 * 1. a stand-in Cloud API on STANDIN_PORT answers the portal's messages like Meta and notes when each arrives;
 * 2. "store": MESSAGES signed webhook deliveries (one text message each, from NUMBERS numbers) posted with
 *    CONCURRENCY connections; the rate of 200 answers is the rate of deliveries stored durably;
 * 3. "reply": LATENCY_SAMPLES new numbers each say "Halo" one at a time; the time from posting the delivery to the
 *    stand-in receiving the bot's greeting is the bot's reply latency (p50, p95, max).
 * Usage: java WhatsAppBench.java <portal base URL> <app secret> <stand-in port> <phase: standin|store|reply> …
 */
public class WhatsAppBench {

    static final Map<String, Long> firstReplyNanos = new ConcurrentHashMap<>();
    static final AtomicInteger received = new AtomicInteger();

    /** The portal's JVM's CPU time so far (user and system, from /proc), or -1 without BENCH_SERVER_PID. */
    static long serverCpuMillis() {
        String pid = System.getenv("BENCH_SERVER_PID");
        if (pid == null || pid.isBlank()) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid.strip(), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime in ticks of 10 ms
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String secret = args[1];
        int standInPort = Integer.parseInt(args[2]);
        int messages = Integer.parseInt(args[3]);
        int numbers = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        int samples = Integer.parseInt(args[6]);

        HttpServer standIn = HttpServer.create(new InetSocketAddress("127.0.0.1", standInPort), 0);
        AtomicInteger ids = new AtomicInteger();
        standIn.createContext("/", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String to = body.replaceAll("(?s).*\"to\":\"([^\"]+)\".*", "$1");
            firstReplyNanos.putIfAbsent(to, System.nanoTime());
            received.incrementAndGet();
            byte[] answer = ("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.B" + ids.incrementAndGet() + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, answer.length);
            x.getResponseBody().write(answer);
            x.close();
        });
        standIn.setExecutor(Executors.newFixedThreadPool(4));
        standIn.start();

        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(concurrency)).build();
        String url = base + "/api/channels/whatsapp";
        long run = System.currentTimeMillis() / 1000;

        // warm-up: 200 deliveries
        post(http, url, secret, delivery("628100000000", "wamid.W" + run + "-0", run, "Halo"));
        for (int i = 1; i < 200; i++) {
            post(http, url, secret, delivery("62810000" + (i % 50), "wamid.W" + run + "-" + i, run, "Halo"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        CountDownLatch done = new CountDownLatch(messages);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        long serverCpuBefore = serverCpuMillis();
        for (int i = 0; i < messages; i++) {
            int n = i;
            pool.execute(() -> {
                try {
                    String from = "6282" + String.format("%08d", n % numbers);
                    int status = post(http, url, secret, delivery(from, "wamid.S" + run + "-" + n, run + n / numbers, "Pesan " + n));
                    (status == 200 ? ok : failed).incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("store: %d deliveries in %.1f s = %.0f/s stored (200), %d failed, %d connections%n",
                ok.get(), seconds, ok.get() / seconds, failed.get(), concurrency);
        long serverCpu = serverCpuMillis() - serverCpuBefore;
        if (serverCpuBefore >= 0) {
            // the portal's own CPU while it stored (and worked what it could): a figure a busy machine disturbs less
            System.out.printf("store: the portal's JVM used %.1f s of CPU = %.2f ms per delivery (2 cores: at most %.0f/s "
                    + "if it had both to itself)%n", serverCpu / 1000.0, (double) serverCpu / messages,
                    2000.0 * messages / serverCpu);
        }
        pool.shutdown();

        // let the backlog of bot replies drain before measuring latency
        int last = -1;
        while (received.get() != last) {
            last = received.get();
            Thread.sleep(5000);
        }
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String from = "6283" + String.format("%08d", i) + (run % 1000);
            long t0 = System.nanoTime();
            post(http, url, secret, delivery(from, "wamid.L" + run + "-" + i, System.currentTimeMillis() / 1000, "Halo"));
            while (!firstReplyNanos.containsKey(from)) {
                Thread.sleep(1);
                if (System.nanoTime() - t0 > 30_000_000_000L) {
                    break;
                }
            }
            Long t1 = firstReplyNanos.get(from);
            latencies.add(t1 == null ? 30_000.0 : (t1 - t0) / 1e6);
        }
        Collections.sort(latencies);
        System.out.printf("reply: %d samples, p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", latencies.size(),
                latencies.get(latencies.size() / 2), latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1),
                latencies.get(latencies.size() - 1));
        standIn.stop(0);
        System.exit(0);
    }

    static int post(HttpClient http, String url, String secret, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", sign(secret, body)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String sign(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    static String delivery(String from, String wamid, long ts, String text) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":"
                + "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"profile\":{\"name\":\"Bench\"},\"wa_id\":\"" + from + "\"}],"
                + "\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"" + ts
                + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]}}]}]}";
    }
}
