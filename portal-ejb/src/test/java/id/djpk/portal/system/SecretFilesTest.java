package id.djpk.portal.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret file is its owner's only, from creation, also when it replaces a file that was readable by others. */
class SecretFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNewSecretFileIsOwnerOnly() throws Exception {
        Path file = SecretFiles.write(dir.resolve("sub/demo-accounts.txt"), "admin / Sandi-Rahasia-1\n");
        assertEquals("admin / Sandi-Rahasia-1\n", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFileReadableByOthersIsReplacedNotReused() throws Exception {
        Path file = dir.resolve("admin-account.txt");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        SecretFiles.write(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var left = Files.list(dir)) {
            assertTrue(left.allMatch(p -> p.equals(file)), "no temporary file left behind");
        }
    }
}
