package id.djpk.portal.letter;

import id.djpk.portal.identity.Role;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.publication.Attachment;
import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationChanged;
import id.djpk.portal.publication.PublicationStatus;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import id.djpk.portal.system.YearlyCounter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The register of outgoing letters and the public check of a number, a number and date, or a PDF. */
@Stateless
public class LetterService {

    static final String ENTITY = "Letter";
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    /** The most letters the portal numbers in a year. */
    static final int MAX_SERIAL = 999_999;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private DocumentStore documents;

    @Inject
    private OfficeClock clock;

    /** The public page that checks this letter: the address in the QR code of every generated letter ({@link Links}). */
    public static String verificationUrl(String publicBaseUrl, String number, LocalDate date) {
        return Links.of(publicBaseUrl).letterCheck(number, date);
    }

    // ---------------------------------------------------------------- register

    /** A letter registered by staff, with its PDF when there is one; {@code publicFile} lets the public download it. */
    @RolesAllowed({Role.DESK_NAME, Role.ADMIN_NAME})
    public Letter register(String number, LocalDate date, String subject, String addressee, InputStream pdf,
            String fileName, boolean publicFile) {
        List<Violation> v = Letter.violations(number, date, subject, addressee);
        if (v.isEmpty() && find(number, date).isPresent()) {
            v.add(Violation.of("number", "letter.duplicate", number.trim(), date.toString()));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        StoredFile file = pdf == null ? null : documents.store(pdf, fileName, Set.of(FileKind.PDF), MAX_BYTES);
        String actor = audit.currentActor();
        Letter letter = new Letter(number, date, subject, addressee, LetterSource.STAFF, clock.now(), actor);
        if (file != null) {
            letter.file(file.fileName(), file.storageKey(), file.sha256(), file.sizeBytes(), publicFile);
        }
        em.persist(letter);
        audit.recordAs(actor, "LETTER_REGISTERED", ENTITY, letter.getNumber(),
                date + ": " + letter.getSubject() + (file == null ? "" : ", " + file.sha256()));
        return letter;
    }

    /**
     * A letter the portal generated (a visit confirmation): registered in the caller's transaction with the
     * hash of the very PDF that is sent, so the addressee's copy checks out. Not downloadable by the public.
     */
    public Letter registerGenerated(String number, LocalDate date, String subject, String addressee, byte[] pdf,
            String fileName) {
        StoredFile file = documents.store(new ByteArrayInputStream(pdf), fileName, Set.of(FileKind.PDF), MAX_BYTES);
        Letter letter = new Letter(number, date, subject, addressee, LetterSource.GENERATED, clock.now(),
                audit.currentActor());
        letter.file(file.fileName(), file.storageKey(), file.sha256(), file.sizeBytes(), false);
        em.persist(letter);
        audit.record("LETTER_REGISTERED", ENTITY, number, date + ": " + subject + ", " + file.sha256());
        return letter;
    }

    /**
     * Publishing a notice to regions ("Pemberitahuan ke Daerah") with a letter number registers it, with its
     * first PDF; a later change of the notice (another file, a new title) updates the entry.
     */
    public void onPublicationChanged(@Observes PublicationChanged changed) {
        if (changed.type() != PublicationType.PEMBERITAHUAN || changed.status() != PublicationStatus.PUBLISHED) {
            return;
        }
        Publication p = em.find(Publication.class, changed.id());
        if (p == null || p.getLetterNumber() == null || p.getLetterNumber().isBlank()) {
            return;
        }
        LocalDate date = Letter.noticeDate(p.getDocDate(), p.getPublishedAt(), clock.now(), clock.zone());
        Letter letter = em.createNamedQuery("Letter.byPublication", Letter.class).setParameter("id", p.getId())
                .getResultStream().findFirst().orElse(null);
        if (letter == null) {
            if (find(p.getLetterNumber(), date).isPresent()) {
                return; // registered by staff before it was published
            }
            letter = new Letter(p.getLetterNumber(), date, p.getTitle(), Letter.ALL_REGIONS, LetterSource.NOTICE,
                    clock.now(), audit.currentActor());
            em.persist(letter);
            audit.record("LETTER_REGISTERED", ENTITY, letter.getNumber(), date + ": notice " + p.getSlug());
        }
        letter.describe(p.getTitle(), date, p.getId());
        Letter registered = letter;
        p.getAttachments().stream().filter(a -> "application/pdf".equals(a.getMediaType())).findFirst()
                .ifPresent(a -> fileOf(a, registered));
    }

    /**
     * Registers every published notice to regions that is not registered yet: for notices published before
     * the register existed (the demo data, an upgraded installation); those registered already are left alone (later
     * changes reach the register through {@link #onPublicationChanged}). Returns how many it registered.
     */
    public int registerPublishedNotices() {
        List<Publication> notices = em.createQuery("SELECT p FROM Publication p WHERE p.type = :type AND p.status = :status "
                + "AND p.letterNumber IS NOT NULL AND NOT EXISTS (SELECT l FROM Letter l WHERE l.publicationId = p.id)",
                Publication.class)
                .setParameter("type", PublicationType.PEMBERITAHUAN).setParameter("status", PublicationStatus.PUBLISHED)
                .getResultList();
        notices.forEach(p -> onPublicationChanged(new PublicationChanged(p.getId(), p.getType(), p.getStatus())));
        return notices.size();
    }

    private static void fileOf(Attachment a, Letter letter) {
        letter.file(a.getFileName(), a.getStorageKey(), a.getSha256(), a.getSizeBytes(), true);
    }

    public List<Letter> recent(int max) {
        return em.createNamedQuery("Letter.recent", Letter.class).setMaxResults(max).getResultList();
    }

    /**
     * The next number of the register for a letter the portal writes: "S-12/PK.1/2026" for {@code unit} "PK.1", numbered
     * per year across every generated letter (visit confirmations, PPID notices), taken in the caller's transaction so
     * that a letter not sent gives its number back. A number staff registered by hand is skipped, never given twice.
     */
    public String nextNumber(String unit, LocalDate date) {
        while (true) {
            int serial = YearlyCounter.next(em, LetterCounter.class, LetterCounter::new, date.getYear(), MAX_SERIAL,
                    "letter.numbersExhausted");
            String number = "S-" + serial + "/" + unit + "/" + date.getYear();
            if (em.createNamedQuery("Letter.byNumber", Letter.class).setParameter("key", Letter.key(number))
                    .setMaxResults(1).getResultList().isEmpty()) {
                return number;
            }
        }
    }

    /** The storage key of the newest registered letter with this number. */
    public Optional<String> fileOfNumber(String number) {
        List<Letter> found = em.createNamedQuery("Letter.byNumber", Letter.class).setParameter("key", Letter.key(number))
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(found.size() - 1).getFileKey());
    }

    public Optional<Letter> findById(long id) {
        return Optional.ofNullable(em.find(Letter.class, id));
    }

    // ---------------------------------------------------------------- public check

    /**
     * The check of a number (and its date, when given). A number without a date that the register holds
     * several times (numbering restarts every year) is answered with the first; the date tells them apart.
     */
    public LetterCheck verify(String number, LocalDate date) {
        if (number == null || number.isBlank()) {
            return LetterCheck.notFound(number, date);
        }
        Optional<Letter> letter = date == null
                ? em.createNamedQuery("Letter.byNumber", Letter.class).setParameter("key", Letter.key(number))
                        .getResultStream().findFirst()
                : find(number, date);
        return letter.map(this::check).orElse(LetterCheck.notFound(number.trim(), date));
    }

    /** The check of a PDF by its SHA-256 (64 hex digits). */
    public LetterCheck verifyHash(String sha256) {
        String sha = Letter.sha256(sha256);
        if (sha == null) {
            return LetterCheck.notFound(null, null);
        }
        return em.createNamedQuery("Letter.bySha256", Letter.class).setParameter("sha", sha).getResultStream()
                .findFirst().map(this::check).orElse(LetterCheck.notFound(null, null));
    }

    /** The check of an uploaded PDF: only its hash is computed; the file is not kept. */
    public LetterCheck verifyFile(InputStream pdf) {
        try (InputStream in = new DigestInputStream(pdf, MessageDigest.getInstance("SHA-256"))) {
            DigestInputStream d = (DigestInputStream) in;
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = d.read(buffer)) > 0) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new BusinessException("file.tooLarge", "PDF", MAX_BYTES / (1024 * 1024));
                }
            }
            return verifyHash(HexFormat.of().formatHex(d.getMessageDigest().digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private LetterCheck check(Letter l) {
        String slug = null;
        if (l.getPublicationId() != null) {
            Publication p = em.find(Publication.class, l.getPublicationId());
            slug = p != null && p.isVisible(clock.now()) ? p.getSlug() : null;
        }
        boolean download = l.mayDownload(slug != null);
        return new LetterCheck(true, l.getNumber(), l.getLetterDate(), l.getSubject(), l.getAddressee(),
                download ? l.getId() : null, download ? l.getFileName() : null, l.getFileSha256(), slug);
    }

    private Optional<Letter> find(String number, LocalDate date) {
        return em.createNamedQuery("Letter.byNumberAndDate", Letter.class).setParameter("key", Letter.key(number))
                .setParameter("date", date).getResultStream().findFirst();
    }
}
