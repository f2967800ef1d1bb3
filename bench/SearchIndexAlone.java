import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationIndex;
import id.djpk.portal.publication.PublicationType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Benchmark helper (a command, not a test; docs/benchmarks.md, "Public pages as cache misses, search, gzip"): the
 * search index's own work per search, without the web container, on one thread. Opens a copy of the public site's
 * index ({@code PublicationIndex.open}, as the site does) and runs the search page's call for each query of the
 * benchmark's address file ({@code /cari?q=…}): the best 500 counted, the first page of 20 shown, their cards taken
 * from the caller's copy of the publications as the site's ContentSync gives them (here one card for every id: the
 * site's is a map's look-up, not the index's work). Rounds over all the
 * queries until the compiler has made the code fast (a round no more than 2% faster than the best before it, at least
 * 5, at most 30), then MEASURED rounds; prints the CPU time per search (mean, p50, p95, p99 over every query of the
 * measured rounds) and a {@code key=value} line per figure for the script.
 *
 * <pre>java -cp 'public-site/target/public-site/WEB-INF/lib/*:JAKARTA-PERSISTENCE-API.jar' bench/SearchIndexAlone.java INDEX-DIR URL-FILE [MEASURED]</pre>
 */
public class SearchIndexAlone {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            int q = line.indexOf("q=");
            if (q >= 0) {
                String value = line.substring(q + 2);
                int amp = value.indexOf('&');
                queries.add(URLDecoder.decode(amp < 0 ? value : value.substring(0, amp), StandardCharsets.UTF_8));
            }
        }
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PublicItem card = new PublicItem(1, PublicationType.BERITA, "Judul", "judul", "Ringkasan", null, LocalDate.of(2026, 1, 1),
                null, null, Set.of(), null, null, null, null, List.of(), null, null, null, null, null, List.of());
        LongFunction<PublicItem> known = id -> card;
        try (PublicationIndex index = PublicationIndex.open(folder)) {
            System.out.printf("index: %d publications, %d queries%n", index.size(), queries.size());
            double best = Double.MAX_VALUE;
            int round = 0;
            while (true) {
                round++;
                long t0 = threads.getCurrentThreadCpuTime();
                for (String q : queries) {
                    index.search(q, null, null, null, 500, 0, 20, known);
                }
                double mean = (threads.getCurrentThreadCpuTime() - t0) / 1e6 / queries.size();
                System.out.printf(Locale.ROOT, "warm-up round %2d: %.3f ms of CPU per search%n", round, mean);
                boolean settled = round >= 5 && mean > best * 0.98;
                best = Math.min(best, mean);
                if (settled || round >= 30) {
                    break;
                }
            }
            long[] cpu = new long[queries.size() * measured];
            int n = 0;
            long hits = 0;
            for (int r = 0; r < measured; r++) {
                for (String q : queries) {
                    long t0 = threads.getCurrentThreadCpuTime();
                    hits += index.search(q, null, null, null, 500, 0, 20, known).hits().size();
                    cpu[n++] = threads.getCurrentThreadCpuTime() - t0;
                }
            }
            double mean = Arrays.stream(cpu).average().orElse(0) / 1e6;
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%d searches (%d rounds after %d of warm-up), %d hits shown: CPU per search mean %.3f ms, "
                    + "p50 %.3f, p95 %.3f, p99 %.3f ms%n", cpu.length, measured, round, hits, mean, at(cpu, 0.50), at(cpu, 0.95), at(cpu, 0.99));
            System.out.printf(Locale.ROOT, "index_alone_warmup_rounds=%d%nindex_alone_searches=%d%nindex_alone_mean_ms=%.3f%n"
                    + "index_alone_p50_ms=%.3f%nindex_alone_p95_ms=%.3f%nindex_alone_p99_ms=%.3f%n",
                    round, cpu.length, mean, at(cpu, 0.50), at(cpu, 0.95), at(cpu, 0.99));
        }
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }
}
