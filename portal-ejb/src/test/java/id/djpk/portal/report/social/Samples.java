package id.djpk.portal.report.social;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

/** The sample exports of src/test/resources/social/ (see the README there), and small inline files. */
final class Samples {

    static final YearMonth MARCH_2024 = YearMonth.of(2024, 3);

    private Samples() {
    }

    static InputStream open(String name) {
        InputStream in = Samples.class.getResourceAsStream("/social/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no sample " + name);
        }
        return in;
    }

    static List<PlatformMonth> read(String name, YearMonth month) {
        return SocialMediaExports.read(name, open(name), month);
    }

    static InputStream text(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    static PlatformMonth only(List<PlatformMonth> figures) {
        if (figures.size() != 1) {
            throw new AssertionError("expected one platform, got " + figures);
        }
        return figures.get(0);
    }
}
