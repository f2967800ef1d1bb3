package id.djpk.portal.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Personal files sealed with the installation's key pair: what the public key seals only the private key opens. */
class SealingTest {

    @TempDir
    Path dir;
    Path publicKey;
    Path privateKey;
    Sealing staff;

    @BeforeEach
    void setUp() {
        publicKey = dir.resolve("keys/personal-files-public.json");
        privateKey = dir.resolve("keys/personal-files-private.json");
        staff = new Sealing(publicKey, privateKey);
        assertTrue(staff.ensureKeys(), "a pair is made on the first start");
    }

    static byte[] open(Sealing sealing, byte[] sealed) throws IOException {
        try (InputStream in = sealing.open(new ByteArrayInputStream(sealed))) {
            return in.readAllBytes();
        }
    }

    @Test
    void thePrivateKeyIsTheOwnersOnlyAndASecondStartKeepsThePair() throws IOException {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)));
        String before = Files.readString(privateKey);
        assertFalse(Files.readString(publicKey).contains("\"keyMaterialType\": \"ASYMMETRIC_PRIVATE\""), "the public file holds no private key");
        assertFalse(new Sealing(publicKey, privateKey).ensureKeys());
        assertEquals(before, Files.readString(privateKey));
        Files.delete(publicKey);
        assertFalse(staff.ensureKeys());
        assertTrue(Files.isRegularFile(publicKey), "a lost public key is written again from the private one");
    }

    @Test
    void aLargeFileGoesThroughSealedAndComesBackTheSame() throws IOException {
        byte[] plain = new byte[3 * 1024 * 1024 + 17]; // more than one segment of the stream
        new Random(7).nextBytes(plain);
        byte[] sealed = staff.seal(plain);
        assertTrue(Sealing.isSealed(sealed));
        assertArrayEquals(plain, open(staff, sealed));
    }

    @Test
    void filesSealedWithTheMegabyteSegmentsOfBeforeStillOpenAndNewFilesHaveSmallerOnes() throws IOException {
        byte[] plain = new byte[3 * 1024 * 1024 + 17];
        new Random(11).nextBytes(plain);
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        staff.seal(new ByteArrayInputStream(plain), before, PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
        assertArrayEquals(plain, open(staff, before.toByteArray()), "a file sealed before the change opens");
        byte[] now = staff.seal(plain);
        assertArrayEquals(plain, open(staff, now));
        // every segment ends with a 16-byte tag: 49 segments of 64 KB against 4 of 1 MB (the file keys' ids, in the
        // wrapped key, may differ by a few bytes in length)
        int moreTags = now.length - before.size();
        assertTrue(moreTags >= 45 * 16 - 8 && moreTags <= 45 * 16 + 8, "64 KB segments: " + moreTags);
    }

    @Test
    void sealedBytesShowNothingOfTheContentAndTwoSealingsDiffer() throws IOException {
        byte[] ktp = TestFiles.pdf("KTP Siti Rahmawati NIK 3171011208900001");
        byte[] once = staff.seal(ktp);
        byte[] twice = staff.seal(ktp);
        String text = new String(once, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("%PDF") || text.contains("Rahmawati") || text.contains("3171011208900001"));
        assertFalse(java.util.Arrays.equals(once, twice), "a fresh key per file");
    }

    @Test
    void whoHoldsOnlyThePublicKeySealsButCannotOpen() throws IOException {
        Sealing publicSite = new Sealing(publicKey, dir.resolve("keys/none.json"));
        assertFalse(publicSite.canOpen());
        byte[] sealed = publicSite.seal("NIK 3171011208900001".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> open(publicSite, sealed));
        assertEquals("NIK 3171011208900001", new String(open(staff, sealed), StandardCharsets.UTF_8), "the staff portal opens it");
    }

    @Test
    void aChangedByteIsNoticedNotReturned() throws IOException {
        byte[] sealed = staff.seal(new byte[200_000]);
        sealed[sealed.length - 100] ^= 1;
        assertThrows(IOException.class, () -> open(staff, sealed));
        assertThrows(IOException.class, () -> open(staff, "%PDF-1.4 not sealed".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void afterARotationOldFilesStillOpenAndNewOnesUseTheNewKey() throws IOException {
        byte[] before = staff.seal("sebelum".getBytes(StandardCharsets.UTF_8));
        String oldPublic = Files.readString(publicKey);
        staff.rotate();
        assertFalse(oldPublic.equals(Files.readString(publicKey)), "a new public key to seal with");
        byte[] after = new Sealing(publicKey, dir.resolve("keys/none.json")).seal("sesudah".getBytes(StandardCharsets.UTF_8));
        Sealing restarted = new Sealing(publicKey, privateKey);
        assertEquals("sebelum", new String(open(restarted, before), StandardCharsets.UTF_8));
        assertEquals("sesudah", new String(open(restarted, after), StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentStoreKeepsPersonalFilesSealedAndGivesThemBackPlain() throws IOException {
        DocumentStore store = new DocumentStore(PortalConfig.of(dir, 1024 * 1024), staff);
        byte[] ktp = TestFiles.pdf("KTP Siti Rahmawati");
        StoredFile f = store.storePersonal(new ByteArrayInputStream(ktp), "ktp.pdf", Set.of(FileKind.PDF), 1024 * 1024);
        assertTrue(f.storageKey().startsWith("sealed/"), f.storageKey());
        assertEquals(ktp.length, f.sizeBytes(), "the size and hash are the plain file's");
        assertFalse(new String(Files.readAllBytes(store.pathOf(f.storageKey())), StandardCharsets.ISO_8859_1).contains("%PDF"));
        assertArrayEquals(ktp, store.read(f.storageKey()));
        try (InputStream in = store.open(f.storageKey())) {
            assertArrayEquals(ktp, in.readAllBytes());
        }
        String raw = store.keepRaw("From: siti@example.org\r\n\r\nNIK saya 3171011208900001".getBytes(StandardCharsets.UTF_8));
        assertTrue(raw.startsWith("sealed/"), raw);
        assertFalse(new String(Files.readAllBytes(store.pathOf(raw)), StandardCharsets.UTF_8).contains("3171011208900001"));
        assertTrue(new String(store.read(raw), StandardCharsets.UTF_8).endsWith("NIK saya 3171011208900001"));
        try (var spool = Files.list(dir.resolve("files/tmp"))) {
            assertEquals(0, spool.count(), "no plain copy left in the upload spool");
        }
    }
}
