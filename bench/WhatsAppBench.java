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
 * 2. warm-up: rounds of 5.000 deliveries posted the same way, each followed by the drain of the bot's replies, until the
 *    portal's JIT compiler has settled (not measured; the first round's rate is the rate right after a start);
 *    "store": MESSAGES signed webhook deliveries (one text message each, from NUMBERS numbers) posted over HTTP/1.1
 *    with CONCURRENCY connections; the rate of 200 answers is the rate of deliveries stored durably, and the
 *    portal's CPU meanwhile is split by kind of thread;
 * 3. "reply": LATENCY_SAMPLES new numbers each say "Halo" one at a time; the time from posting the delivery to the
 *    stand-in receiving the bot's greeting is the bot's reply latency (p50, p95, max).
 * Usage: java WhatsAppBench.java <portal base URL> <app secret> <stand-in port> <phase: standin|store|reply> …
 */
public class WhatsAppBench {

    static final String COMPILER = "JIT compiler";
    /** Deliveries in one round of the warm-up. */
    static final int WARMUP_ROUND = 5000;
    static final Map<String, Long> firstReplyNanos = new ConcurrentHashMap<>();
    /** One MAC per sending thread: the load generator shares the two cores with the portal, so it keeps its own work small. */
    static final ThreadLocal<Mac> MACS = new ThreadLocal<>();
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

    /** This JVM's CPU time so far (the load generator's own). */
    static long clientCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String secret = args[1];
        int standInPort = Integer.parseInt(args[2]);
        int messages = Integer.parseInt(args[3]);
        int numbers = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        int samples = Integer.parseInt(args[6]);

        // the JDK's server writes an answer's headers and body apart; without TCP_NODELAY each answer then waits for the
        // portal's delayed ACK (about 40 ms on Linux), which would be timed as the bot's latency and slow the replies' drain
        System.setProperty("sun.net.httpserver.nodelay", "true");
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

        // HTTP/1.1: behind the recommended nginx (docs/operations.md) the portal hears Meta over HTTP/1.x, never HTTP/2
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(concurrency)).build();
        String url = base + "/api/channels/whatsapp";
        long run = System.currentTimeMillis() / 1000;

        // warm-up until the JIT compiler has settled, so that the measured run meets the JVM of a server that has run for
        // a while (a fresh JVM spends its first minutes compiling): rounds of 5.000 deliveries the same way, each from 50
        // numbers of its own and followed by the drain of the bot's replies (a quieter spell, in which the compiler
        // catches up), at least WARMUP_MIN_ROUNDS, then until a round in which the compiler threads used less than
        // WARMUP_SETTLED_PCT % of one core (as warm_until_settled in bench/lib.sh), at most WARMUP_MAX_ROUNDS. The first
        // round's rate is the rate right after a start.
        int minRounds = Integer.parseInt(System.getenv().getOrDefault("WARMUP_MIN_ROUNDS", "2"));
        int maxRounds = Integer.parseInt(System.getenv().getOrDefault("WARMUP_MAX_ROUNDS", "8"));
        double settledPct = Double.parseDouble(System.getenv().getOrDefault("WARMUP_SETTLED_PCT", "5"));
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        boolean settled = false;
        int round = 0;
        double firstRate = 0;
        double lastShare = 0;
        while (round < maxRounds) {
            round++;
            long roundStart = System.nanoTime();
            long compilerBefore = serverThreadCpuMillis().getOrDefault(COMPILER, 0L);
            int[] warm = burst(pool, http, url, secret, WARMUP_ROUND, 50, "6281" + String.format("%02d", round),
                    "wamid.W" + run + "-" + round + "-", run);
            double roundSeconds = (System.nanoTime() - roundStart) / 1e9;
            long compilerMs = serverThreadCpuMillis().getOrDefault(COMPILER, 0L) - compilerBefore;
            double rate = warm[0] / roundSeconds;
            firstRate = round == 1 ? rate : firstRate;
            lastShare = compilerMs / (roundSeconds * 10);
            System.out.printf("warm-up round %d: %d deliveries in %.1f s = %.0f/s%s, %d failed; JIT compiler %d ms of CPU%n",
                    round, WARMUP_ROUND, roundSeconds, rate, round == 1 ? " (right after the start)" : "", warm[1], compilerMs);
            drain();
            settled = round >= minRounds && lastShare < settledPct;
            if (settled) {
                break;
            }
        }
        System.out.printf("warm-up: %d rounds, %d deliveries, the compiler settled: %s (%.0f%% of a core in the last round);"
                + " right after the start %.0f/s%n", round, round * WARMUP_ROUND, settled ? "yes" : "no", lastShare, firstRate);

        long start = System.nanoTime();
        long clientCpuBefore = clientCpuMillis();
        long serverCpuBefore = serverCpuMillis();
        Map<String, Long> threadsBefore = serverThreadCpuMillis();
        int[] outcome = burst(pool, http, url, secret, messages, numbers, "6282", "wamid.S" + run + "-", run);
        double seconds = (System.nanoTime() - start) / 1e9;
        long serverCpu = serverCpuMillis() - serverCpuBefore;
        long clientCpu = clientCpuMillis() - clientCpuBefore;
        Map<String, Long> threadsAfter = serverThreadCpuMillis();
        System.out.printf("store: %d deliveries in %.1f s = %.0f/s stored (200), %d failed, %d connections%n",
                outcome[0], seconds, outcome[0] / seconds, outcome[1], concurrency);
        if (serverCpuBefore >= 0) {
            // the portal's own CPU while it stored (and worked what it could): a figure a busy machine disturbs less
            System.out.printf("store: the portal's JVM used %.1f s of CPU = %.2f ms per delivery (2 cores: at most %.0f/s "
                    + "if it had both to itself)%n", serverCpu / 1000.0, (double) serverCpu / messages,
                    2000.0 * messages / serverCpu);
            threadsAfter.forEach((group, ms) -> System.out.printf("store:   %-40s %.2f ms per delivery%n", group,
                    (double) (ms - threadsBefore.getOrDefault(group, 0L)) / messages));
        }
        // the load itself (signing, sending, reading the answers) shares the two cores with the portal
        System.out.printf("store: the load generator (this JVM) used %.1f s of CPU = %.2f ms per delivery%n",
                clientCpu / 1000.0, (double) clientCpu / messages);
        pool.shutdown();

        // let the backlog of bot replies drain before measuring latency
        drain();
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

    /** Posts {@code count} deliveries from {@code numbers} numbers over the pool; answers {ok, failed}. */
    static int[] burst(ExecutorService pool, HttpClient http, String url, String secret, int count, int numbers,
            String numberPrefix, String idPrefix, long run) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(count);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        for (int i = 0; i < count; i++) {
            int n = i;
            pool.execute(() -> {
                try {
                    String from = numberPrefix + String.format("%08d", n % numbers);
                    int status = post(http, url, secret, delivery(from, idPrefix + n, run + n / numbers, "Pesan " + n));
                    (status == 200 ? ok : failed).incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return new int[] {ok.get(), failed.get()};
    }

    /** Waits until the stand-in has heard nothing new for three seconds (the bot's replies have drained). */
    static void drain() throws InterruptedException {
        int last = -1;
        while (received.get() != last) {
            last = received.get();
            Thread.sleep(3000);
        }
    }

    /**
     * The portal's CPU so far per kind of thread (from /proc/PID/task): the HTTP threads that verify and store
     * deliveries, the managed executor's threads that work them (the bot), the JIT compiler, the rest.
     */
    static Map<String, Long> serverThreadCpuMillis() {
        Map<String, Long> groups = new java.util.TreeMap<>();
        String pid = System.getenv("BENCH_SERVER_PID");
        if (pid == null || pid.isBlank()) {
            return groups;
        }
        java.io.File[] tasks = new java.io.File("/proc/" + pid.strip() + "/task").listFiles();
        for (java.io.File task : tasks == null ? new java.io.File[0] : tasks) {
            try {
                String comm = java.nio.file.Files.readString(task.toPath().resolve("comm")).strip();
                String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
                String group = comm.startsWith("http-thread-poo") ? "HTTP threads (verify, store, answer)"
                        : comm.startsWith("concurrent/") ? "workers (the bot's turns, replies sent)"
                        : comm.contains("CompilerThre") ? COMPILER
                        : comm.startsWith("GC ") || comm.startsWith("G1 ") ? "garbage collector" : "other threads";
                groups.merge(group, ms, Long::sum);
            } catch (java.io.IOException | RuntimeException e) {
                // a thread that ended meanwhile
            }
        }
        return groups;
    }

    static int post(HttpClient http, String url, String secret, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", sign(secret, body)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String sign(String secret, String body) throws Exception {
        Mac mac = MACS.get();
        if (mac == null) {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            MACS.set(mac);
        }
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    static String delivery(String from, String wamid, long ts, String text) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":"
                + "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"profile\":{\"name\":\"Bench\"},\"wa_id\":\"" + from + "\"}],"
                + "\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"" + ts
                + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]}}]}]}";
    }
}
