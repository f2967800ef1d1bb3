package id.djpk.portal.system;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NativeHeapTest {

    @Test
    void theJvmTrimsAndReportsTheResidentMemoryBeforeAndAfter() {
        // the command exists from Java 17.0.9 on and trims on the GNU C library (Debian, the portal's servers)
        assumeTrue(Runtime.version().compareTo(Runtime.Version.parse("17.0.9")) >= 0);
        assumeTrue(Files.exists(Path.of("/proc/self/status")) && glibc());
        Optional<String> report = NativeHeap.trim();
        assertTrue(report.isPresent(), "no report from System.trim_native_heap");
        assertTrue(Pattern.compile("RSS\\+Swap: \\d+[KMG]->\\d+[KMG]").matcher(report.get()).find(), report.get());
    }

    private static boolean glibc() {
        try (var lines = Files.lines(Path.of("/proc/self/maps"))) {
            return lines.anyMatch(l -> l.contains("libc.so.6") || l.contains("libc-2."));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
