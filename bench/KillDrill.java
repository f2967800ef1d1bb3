import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The two halves of bench/kill-drill.sh.
 *
 *   java bench/KillDrill.java load <port> <per second> <acked file>
 *       submits PPID requests (with a PDF ID scan) and tickets in turn at a steady rate, each from an address of its
 *       own (X-Forwarded-For, the portal trusting 127.0.0.1), and writes every acknowledged one (201 with a number)
 *       to the acked file at once; stops when the server stops answering.
 *   java -cp h2.jar bench/KillDrill.java verify <jdbc url> <data dir> <acked file> <epoch second the load began | ->
 *       counts what the restarted portal kept: every acknowledged submission present (the PPID request with its
 *       scan file), no number twice, no record without its file and no file without its record.
 */
public class KillDrill {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("load")) {
            load(Integer.parseInt(args[1]), Double.parseDouble(args[2]), Path.of(args[3]));
        } else {
            // "-": no look for files without their record (a restored backup's files all look new, and files copied
            // after the database copy are expected there)
            System.exit(verify(args[1], Path.of(args[2]), Path.of(args[3]), args[4].equals("-") ? -1 : Long.parseLong(args[4])));
        }
    }

    // ---------------------------------------------------------------- load

    static void load(int port, double perSecond, Path acked) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long interval = (long) (1_000_000_000L / perSecond);
        long next = System.nanoTime();
        int sent = 0;
        int failures = 0;
        Pattern number = Pattern.compile("\"(?:number|trackingNumber)\"\\s*:\\s*\"([^\"]+)\"");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acked))) {
            while (failures < 3) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                next += interval;
                sent++;
                String address = "10." + (sent / 65536 % 256) + "." + (sent / 256 % 256) + "." + (sent % 256);
                boolean ppid = sent % 2 == 0;
                try {
                    HttpResponse<String> r = http.send(ppid ? ppid(port, address, sent) : ticket(port, address, sent),
                            HttpResponse.BodyHandlers.ofString());
                    failures = 0;
                    Matcher m = number.matcher(r.body());
                    if (r.statusCode() == 201 && m.find()) {
                        out.println((ppid ? "PPID" : "TICKET") + "\t" + m.group(1));
                        out.flush();
                    } else if (r.statusCode() != 201) {
                        System.out.println("not acknowledged: " + r.statusCode() + " " + r.body());
                    }
                } catch (IOException e) {
                    failures++; // the server is gone (killed): a request in flight has no acknowledgement
                }
            }
        }
        System.out.println("sent " + sent + " submissions");
    }

    static HttpRequest ticket(int port, String address, int n) {
        String json = "{\"name\": \"Penguji " + n + "\", \"email\": \"uji" + n + "@example.org\", \"subject\": \"Uji beban "
                + n + "\", \"message\": \"Pertanyaan uji beban nomor " + n + ".\"}";
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tickets"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpRequest ppid(int port, String address, int n) throws IOException {
        String boundary = "drill" + n;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String[][] fields = {{"name", "Penguji " + n}, {"nik", "3171011208900001"}, {"address", "Jl. Uji No. " + n},
                {"occupation", "Peneliti"}, {"phone", "+62 21 345 6789"}, {"email", "ppid" + n + "@example.org"},
                {"information", "Data uji beban " + n}, {"purpose", "Uji"}, {"obtain_method", "SOFTCOPY"},
                {"delivery_method", "EMAIL"}, {"consent", "true"}};
        for (String[] f : fields) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1]
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"id_scan\"; filename=\"ktp-" + n
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf("KTP uji beban " + n));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ppid/requests"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    /** A one-page PDF with a line of text (its own content, so every scan is a file of its own). */
    static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream"};
        StringBuilder b = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(b.length());
            b.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = b.length();
        b.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            b.append(String.format("%010d 00000 n \n", o));
        }
        b.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    // ---------------------------------------------------------------- verify

    static int verify(String url, Path data, Path acked, long loadBegan) throws Exception {
        List<String[]> ack = Files.readAllLines(acked).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        Path files = data.resolve("files");
        int missing = 0;
        int withoutFile = 0;
        int duplicates = 0;
        Set<String> referenced = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url,
                System.getProperty("drill.user", "portal"), System.getProperty("drill.password", "portal")); Statement st = c.createStatement()) {
            for (String[] a : ack) {
                String sql = a[0].equals("PPID")
                        ? "SELECT scan_key FROM ppid_request WHERE tracking_number = '" + a[1].replace("'", "") + "'"
                        : "SELECT ticket_number FROM helpdesk_ticket WHERE ticket_number = '" + a[1].replace("'", "") + "'";
                try (ResultSet rs = st.executeQuery(sql)) {
                    if (!rs.next()) {
                        missing++;
                        System.out.println("acknowledged but missing: " + a[0] + " " + a[1]);
                    } else if (a[0].equals("PPID") && (rs.getString(1) == null || !Files.isRegularFile(files.resolve(rs.getString(1))))) {
                        withoutFile++;
                        System.out.println("record without its file: " + a[1]);
                    }
                }
            }
            for (String sql : List.of(
                    "SELECT COUNT(*) FROM (SELECT tracking_number FROM ppid_request GROUP BY tracking_number HAVING COUNT(*) > 1) d",
                    "SELECT COUNT(*) FROM (SELECT ticket_number FROM helpdesk_ticket GROUP BY ticket_number HAVING COUNT(*) > 1) d")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    duplicates += rs.getInt(1);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT scan_key FROM ppid_request WHERE scan_key IS NOT NULL")) {
                while (rs.next()) {
                    referenced.add(rs.getString(1));
                }
            }
        }
        // files written since the load began that no request names: stored without their record
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> all = loadBegan < 0 ? Stream.empty() : Files.walk(files)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !p.getParent().getFileName().toString().equals("tmp")).toList()) {
                String key = files.relativize(p).toString().replace('\\', '/');
                if (Files.getLastModifiedTime(p).toInstant().isAfter(Instant.ofEpochSecond(loadBegan - 1)) && !referenced.contains(key)) {
                    orphans.add(key);
                }
            }
        }
        long spooled = Stream.of(files.resolve("tmp"), data.resolve("tmp")).filter(Files::isDirectory).mapToLong(d -> {
            try (Stream<Path> s = Files.list(d)) {
                return s.count();
            } catch (IOException e) {
                return -1;
            }
        }).sum();
        long ppid = ack.stream().filter(a -> a[0].equals("PPID")).count();
        System.out.println("acknowledged: " + ack.size() + " (" + ppid + " PPID requests with an ID scan, "
                + (ack.size() - ppid) + " tickets)");
        System.out.println("acknowledged but missing: " + missing);
        System.out.println("records without their file: " + withoutFile);
        System.out.println(loadBegan < 0 ? "files without their record: not counted"
                : "files without their record (written during the load): " + orphans.size() + " " + orphans);
        System.out.println("numbers given twice: " + duplicates);
        System.out.println("upload spool files left over: " + spooled);
        return missing + withoutFile + duplicates == 0 ? 0 : 1;
    }
}
