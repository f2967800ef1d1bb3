import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Email Lapor peak (bench/lapor-benchmark.sh, run from the repository root): N multipart reports to POST /api/lapor from C threads, each a
 * different region and month of DAU with its own ZIP of S MB (stored, random content), each from its own address.
 * Prints the rate, the answer times and the outcomes, and checks the month's count of the staff figures.
 * Arguments: base URL, the demo accounts' password, N, S (MB), C.
 */
public class LaporBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int n = Integer.parseInt(args[2]);
        int sizeMb = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<String> codes = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("portal-ejb/src/main/resources/reference/regions.csv"))) {
            String code = line.split(",", 2)[0];
            if (code.matches("[0-9.]+")) {
                codes.add(code);
            }
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString(("agent:" + password).getBytes(StandardCharsets.UTF_8));
        int before = total(http, base, auth);
        int lastYear = LocalDate.now().getYear() - 1;

        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger created = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int k = i;
            pool.submit(() -> {
                try {
                    String region = codes.get(k % codes.size());
                    String period = String.format("%d-%02d", lastYear, 1 + (k / codes.size()) % 12);
                    byte[] body = multipart(k, region, period, zip(k, sizeMb));
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/lapor"))
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .header("X-Forwarded-For", "10." + (k / 62500) % 256 + "." + (k / 250) % 250 + "." + (1 + k % 250))
                            .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    times.add(System.nanoTime() - t0);
                    if (r.statusCode() == 201) {
                        created.incrementAndGet();
                    } else {
                        other.incrementAndGet();
                        if (samples.size() < 5) {
                            samples.add(r.statusCode() + " " + r.body());
                        }
                    }
                } catch (Exception e) {
                    other.incrementAndGet();
                    if (samples.size() < 5) {
                        samples.add(e.toString());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(6, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("%d reports of %d MB in %.1f s: %.1f reports/s, %.1f MB/s; 201: %d, other: %d%n", n, sizeMb, seconds,
                n / seconds, (double) n * sizeMb / seconds, created.get(), other.get());
        System.out.printf("answer time p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1_000_000);
        samples.forEach(s -> System.out.println("  e.g. " + s.substring(0, Math.min(300, s.length()))));

        int after = total(http, base, auth);
        System.out.println("this month's Email Lapor figures: " + before + " before, " + after + " after");
        if (after - before != created.get()) {
            System.out.println("COUNT MISMATCH: " + created.get() + " receipts given, " + (after - before) + " counted");
            System.exit(1);
        }
    }

    static int total(HttpClient http, String base, String auth) throws Exception {
        String figures = http.send(HttpRequest.newBuilder(URI.create(base + "/portal/api/stats/lapor")).header("Authorization", auth)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(figures);
        if (!total.find()) {
            throw new IllegalStateException("figures: " + figures);
        }
        return Integer.parseInt(total.group(1));
    }

    static final String BOUNDARY = "----laporbench";

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1_000_000;
    }

    /** A ZIP with one stored entry of random bytes: a distinct file per report, not compressible. */
    static byte[] zip(int k, int sizeMb) throws Exception {
        byte[] content = new byte[sizeMb * 1024 * 1024 - 512];
        new Random(k * 7919L + 17).nextBytes(content);
        CRC32 crc = new CRC32();
        crc.update(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 1024);
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e = new ZipEntry("realisasi-" + k + ".bin");
            e.setMethod(ZipEntry.STORED);
            e.setSize(content.length);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] multipart(int k, String region, String period, byte[] file) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream(file.length + 2048);
        String[][] fields = {{"region_code", region}, {"institution", "BPKAD"}, {"name", "Petugas " + k},
                {"email", "bpkad" + k + "@example.go.id"}, {"phone", "0211234567"}, {"report_type", "DAU"},
                {"period", period}, {"note", "benchmark"}};
        for (String[] f : fields) {
            b.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        b.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"laporan-" + k
                + ".zip\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(file);
        b.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }
}
