import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the report's aggregates (one SQL statement per line of a file) as bare SQL on one connection, RUNS times,
 * after WARMUP runs that are not counted (as the portal is warmed up before it is measured), and prints the median
 * wall time of a whole run in seconds. Part of bench/report-benchmark.sh.
 *
 *   java -cp h2.jar bench/BareAggregates.java jdbc:h2:file:… aggregates.sql 5 [3]
 */
public class BareAggregates {
    public static void main(String[] args) throws Exception {
        List<String> statements = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
        int runs = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        double[] seconds = new double[runs];
        try (Connection c = DriverManager.getConnection(args[0], "portal", "portal"); Statement st = c.createStatement()) {
            for (int i = -warmup; i < runs; i++) {
                long start = System.nanoTime();
                for (String sql : statements) {
                    try (ResultSet rs = st.executeQuery(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql)) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
                if (i >= 0) {
                    seconds[i] = (System.nanoTime() - start) / 1e9;
                }
            }
        }
        Arrays.sort(seconds);
        System.out.printf("%.3f%n", seconds[(runs - 1) / 2]);
    }
}
