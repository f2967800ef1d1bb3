package id.djpk.portal.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text bundle that has an English file ({@code x_en.properties}) has the same keys as its Indonesian one
 * ({@code x.properties} or {@code x_id.properties}), in all three modules: a key missing on one side shows as
 * {@code ???key???} to that language's readers. One test for the reactor, so a new bundle anywhere is checked.
 */
class BundlePairsTest {

    private static final List<String> MODULES = List.of("portal-ejb", "portal-web", "public-site");

    @Test
    void everyIndonesianAndEnglishBundleHasTheSameKeys() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("portal-ejb"))) {
            root = root.getParent();
        }
        List<String> problems = new ArrayList<>();
        int pairs = 0;
        for (String module : MODULES) {
            Path resources = root.resolve(module).resolve("src/main/resources");
            assertTrue(Files.isDirectory(resources), resources + " missing");
            List<Path> english;
            try (Stream<Path> files = Files.walk(resources)) {
                english = files.filter(f -> f.getFileName().toString().endsWith("_en.properties")).sorted().toList();
            }
            for (Path en : english) {
                String base = en.getFileName().toString().replace("_en.properties", "");
                Path id = en.resolveSibling(base + "_id.properties");
                if (!Files.exists(id)) {
                    id = en.resolveSibling(base + ".properties");
                }
                String pair = root.relativize(id) + " / " + en.getFileName();
                if (!Files.exists(id)) {
                    problems.add(root.relativize(en) + " has no Indonesian bundle");
                    continue;
                }
                pairs++;
                Set<String> idKeys = keys(id);
                Set<String> enKeys = keys(en);
                Set<String> onlyId = new TreeSet<>(idKeys);
                onlyId.removeAll(enKeys);
                Set<String> onlyEn = new TreeSet<>(enKeys);
                onlyEn.removeAll(idKeys);
                if (!onlyId.isEmpty()) {
                    problems.add(pair + ": missing in English " + onlyId);
                }
                if (!onlyEn.isEmpty()) {
                    problems.add(pair + ": missing in Indonesian " + onlyEn);
                }
            }
        }
        assertFalse(pairs < 3, "expected the errors and both messages bundles, found " + pairs + " pairs");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Set<String> keys(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
