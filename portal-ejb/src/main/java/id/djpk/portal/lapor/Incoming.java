package id.djpk.portal.lapor;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file as it arrived with a submission, readable more than once: its SHA-256 is taken first (a file already
 * received for the same report is refused before anything is stored), then it is checked and stored.
 */
public record Incoming(String fileName, Source source) {

    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
