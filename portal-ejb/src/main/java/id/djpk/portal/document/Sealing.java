package id.djpk.portal.document;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KeysetManager;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.system.SecretFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Personal files (ID scans, what requesters send) are kept sealed: hybrid public-key encryption (HPKE, X25519 +
 * HKDF-SHA256 + AES-256-GCM, Google Tink) of a fresh per-file key, and the file itself encrypted with that key as a
 * stream (AES-256-GCM-HKDF, 64 KB segments; files sealed before 6 December 2026 have 1 MB ones, and the segment size
 * travels in each file's own key, so both open), so no file is ever held whole in memory. Whoever has the public key
 * can seal; only the holder of the private key can open. The public site needs the public key only; the staff portal
 * holds the private key and makes the pair on its first start ({@link #ensureKeys}).
 *
 * <p>Key files (Tink JSON keysets) under {@code <data dir>/keys}: {@code personal-files-private.json} (created
 * {@code rw-------}) and {@code personal-files-public.json}; other places with {@code portal.sealing.private-key} /
 * {@code portal.sealing.public-key}. {@link #rotate} adds a new primary key pair: new files use it, files sealed
 * before still open (the keyset keeps the old keys). A sealed file is
 * {@code "DJPK-SEALED-1\n" | length (4 bytes) | HPKE ciphertext of the file key | the stream ciphertext}.
 */
@ApplicationScoped
public class Sealing {

    private static final Logger LOG = Logger.getLogger(Sealing.class.getName());
    static final byte[] MAGIC = "DJPK-SEALED-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTEXT = "DJPK portal personal file".getBytes(StandardCharsets.US_ASCII);
    static final String PAIR_TEMPLATE = "DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM";
    /**
     * A file key's parameters: AES-256-GCM-HKDF with SHA-256 as Tink's {@code AES256_GCM_HKDF_1MB}, but 64 KB segments.
     * The stream holds one plain and one sealed segment in memory while it seals or opens: with 1 MB segments every
     * e-mail kept, read or attached made 2 MB of buffers for a few kilobytes, and the intake waited on the collector
     * for 11% of its time (issue #19, docs/benchmarks.md "The e-mail intake profiled"). 64 KB keeps the tags' share
     * of a file at 0,02%.
     */
    static final AesGcmHkdfStreamingParameters FILE_PARAMETERS = fileParameters(64 * 1024);

    /**
     * Tink's key managers, registered when a key is first used rather than when this class loads: a start with its
     * keys in place uses none, and registering them cost the deployment of each WAR a noticeable part of a second
     * (issue #19, docs/benchmarks.md "Start-up and memory").
     */
    private static final class Tink {
        static {
            try {
                HybridConfig.register();
                StreamingAeadConfig.register();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Returns once the key managers are registered (the first call registers them). */
        static void registered() {
            // the class's initialiser does the work, once
        }
    }

    @Inject
    PortalConfig config;

    @Inject
    @ConfigProperty(name = "portal.sealing.public-key")
    Optional<String> publicKeyFile;

    @Inject
    @ConfigProperty(name = "portal.sealing.private-key")
    Optional<String> privateKeyFile;

    private volatile Loaded<HybridEncrypt> encrypt;
    private volatile Loaded<HybridDecrypt> decrypt;

    /** A primitive read from a key file, with the file's time, so that a rotated key file is read again. */
    private record Loaded<T>(FileTime modified, T primitive) {
    }

    public Sealing() {
    }

    /** For tests outside a container: keys in the given files. */
    public Sealing(Path publicKey, Path privateKey) {
        this.publicKeyFile = Optional.of(publicKey.toString());
        this.privateKeyFile = Optional.of(privateKey.toString());
    }

    public Path publicKeyPath() {
        return publicKeyFile.map(Path::of).orElseGet(() -> config.dataDir().resolve("keys/personal-files-public.json"));
    }

    public Path privateKeyPath() {
        return privateKeyFile.map(Path::of).orElseGet(() -> config.dataDir().resolve("keys/personal-files-private.json"));
    }

    /** Whether this installation can open sealed files (it holds the private key). */
    public boolean canOpen() {
        return Files.isRegularFile(privateKeyPath());
    }

    /**
     * Makes the key pair when there is no private key yet (the staff portal at start); writes the public key again
     * when only it is missing. Returns whether a pair was made.
     */
    public synchronized boolean ensureKeys() {
        try {
            if (Files.isRegularFile(privateKeyPath())) {
                if (!Files.isRegularFile(publicKeyPath())) {
                    Tink.registered();
                    writePublic(readPrivate());
                }
                return false;
            }
            Tink.registered();
            KeysetHandle pair = KeysetHandle.generateNew(KeyTemplates.get(PAIR_TEMPLATE));
            write(pair);
            LOG.info(() -> "Personal files: a new key pair in " + privateKeyPath() + " and " + publicKeyPath());
            return true;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a new key pair and makes it the one new files are sealed with; files sealed before still open. */
    public synchronized void rotate() {
        Tink.registered();
        try {
            KeysetHandle rotated = KeysetManager.withKeysetHandle(readPrivate())
                    .add(KeyTemplates.get(PAIR_TEMPLATE)).getKeysetHandle();
            int newest = rotated.getAt(rotated.size() - 1).getId();
            rotated = KeysetManager.withKeysetHandle(rotated).setPrimary(newest).getKeysetHandle();
            write(rotated);
            encrypt = null;
            decrypt = null;
            LOG.info(() -> "Personal files: key rotated; new files are sealed with key " + newest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AesGcmHkdfStreamingParameters fileParameters(int segmentBytes) {
        try {
            return AesGcmHkdfStreamingParameters.builder()
                    .setKeySizeBytes(32)
                    .setDerivedAesGcmKeySizeBytes(32)
                    .setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
                    .setCiphertextSegmentSizeBytes(segmentBytes)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code plain}'s content sealed to {@code out}. */
    public void seal(InputStream plain, OutputStream out) throws IOException {
        seal(plain, out, FILE_PARAMETERS);
    }

    /** Seals with a file key of the given parameters (the tests seal as files were sealed before). */
    void seal(InputStream plain, OutputStream out, AesGcmHkdfStreamingParameters fileParameters) throws IOException {
        Tink.registered();
        try {
            KeysetHandle fileKey = KeysetHandle.generateNew(fileParameters);
            byte[] wrapped = encrypter().encrypt(TinkProtoKeysetFormat.serializeKeyset(fileKey, InsecureSecretKeyAccess.get()), CONTEXT);
            DataOutputStream header = new DataOutputStream(out);
            header.write(MAGIC);
            header.writeInt(wrapped.length);
            header.write(wrapped);
            header.flush();
            StreamingAead stream = fileKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
            try (OutputStream sealed = stream.newEncryptingStream(new NonClosing(out), MAGIC)) {
                plain.transferTo(sealed);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("sealing failed", e);
        }
    }

    /** The plain content of a sealed stream; needs the private key. */
    public InputStream open(InputStream sealed) throws IOException {
        Tink.registered();
        DataInputStream in = new DataInputStream(sealed);
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a sealed file");
        }
        int length = in.readInt();
        if (length <= 0 || length > 64 * 1024) {
            throw new IOException("not a sealed file");
        }
        byte[] wrapped = in.readNBytes(length);
        try {
            KeysetHandle fileKey = TinkProtoKeysetFormat.parseKeyset(decrypter().decrypt(wrapped, CONTEXT), InsecureSecretKeyAccess.get());
            return fileKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class).newDecryptingStream(in, MAGIC);
        } catch (GeneralSecurityException e) {
            throw new IOException("the sealed file cannot be opened with this installation's key", e);
        }
    }

    /** Whether the bytes begin as a sealed file does. */
    public static boolean isSealed(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
    }

    private HybridEncrypt encrypter() throws IOException, GeneralSecurityException {
        Path file = publicKeyPath();
        if (!Files.isRegularFile(file)) {
            throw new IOException("no public key for personal files at " + file + " (the staff portal makes it on its first start)");
        }
        FileTime modified = Files.getLastModifiedTime(file);
        Loaded<HybridEncrypt> loaded = encrypt;
        if (loaded == null || !loaded.modified().equals(modified)) {
            KeysetHandle pub = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(Files.readString(file));
            loaded = new Loaded<>(modified, pub.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class));
            encrypt = loaded;
        }
        return loaded.primitive();
    }

    private HybridDecrypt decrypter() throws IOException, GeneralSecurityException {
        Path file = privateKeyPath();
        if (!Files.isRegularFile(file)) {
            throw new IOException("no private key for personal files at " + file + ": sealed files open in the staff portal only");
        }
        FileTime modified = Files.getLastModifiedTime(file);
        Loaded<HybridDecrypt> loaded = decrypt;
        if (loaded == null || !loaded.modified().equals(modified)) {
            loaded = new Loaded<>(modified, readPrivate().getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class));
            decrypt = loaded;
        }
        return loaded.primitive();
    }

    private KeysetHandle readPrivate() throws IOException, GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(privateKeyPath()), InsecureSecretKeyAccess.get());
    }

    private void write(KeysetHandle pair) throws IOException, GeneralSecurityException {
        SecretFiles.write(privateKeyPath(), TinkJsonProtoKeysetFormat.serializeKeyset(pair, InsecureSecretKeyAccess.get()));
        writePublic(pair);
    }

    private void writePublic(KeysetHandle pair) throws IOException, GeneralSecurityException {
        Path file = publicKeyPath();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".public-", ".tmp");
        Files.writeString(tmp, TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(pair.getPublicKeysetHandle()));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Lets the encrypting stream finish its last segment without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** For tests: seals bytes. */
    byte[] seal(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        seal(new java.io.ByteArrayInputStream(plain), out);
        return out.toByteArray();
    }
}
