package id.djpk.portal.system;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The native memory that start-up used and freed (class loading's buffers, the JIT compiler's work areas) stays in the
 * C library's arenas until it is given back. {@link #trim()} gives it back once, through the JVM's own diagnostic
 * command {@code System.trim_native_heap} (Java 17.0.9 and later, on the GNU C library), the command {@code ./portal
 * run} also sends from outside once both applications answer; the public site, which deploys last, calls it at the
 * end of its start-up, so that a deployment without {@code ./portal} (another launcher, no JDK's {@code jcmd}) starts
 * as small.
 * Periodic trimming ({@code -XX:TrimNativeHeapInterval}) cost the public pages about 7% of their rate in a benchmark,
 * so it is done once (docs/benchmarks.md, "The native heap given back").
 */
public final class NativeHeap {

    private static final Logger LOG = Logger.getLogger(NativeHeap.class.getName());

    private NativeHeap() {
    }

    /**
     * Trims the native heap; the JVM's report ("Trim native heap: RSS+Swap: 630M-&gt;584M (-46M)"), or empty where
     * this JVM has no such command or the platform cannot trim. Never throws: a start-up does not fail for it.
     */
    public static Optional<String> trim() {
        try {
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String report = out == null ? "" : out.toString().strip();
            return report.startsWith("Trim native heap") ? Optional.of(report) : Optional.empty();
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.FINE, "Native heap not trimmed", e);
            return Optional.empty();
        }
    }

    /** {@link #trim()}, its report logged with what was started. */
    public static void trimAfter(String what) {
        trim().ifPresent(report -> LOG.info(() -> what + " started; " + report));
    }
}
