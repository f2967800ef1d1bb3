package id.djpk.portal.letter;

import id.djpk.portal.system.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One outgoing DJPK letter in the register. */
@Entity
@Table(name = "letter")
@NamedQuery(name = "Letter.byNumber", query = "SELECT l FROM Letter l WHERE l.numberKey = :key ORDER BY l.letterDate")
@NamedQuery(name = "Letter.byNumberAndDate", query = "SELECT l FROM Letter l WHERE l.numberKey = :key AND l.letterDate = :date")
@NamedQuery(name = "Letter.bySha256", query = "SELECT l FROM Letter l WHERE l.fileSha256 = :sha ORDER BY l.letterDate")
@NamedQuery(name = "Letter.byPublication", query = "SELECT l FROM Letter l WHERE l.publicationId = :id")
@NamedQuery(name = "Letter.recent", query = "SELECT l FROM Letter l ORDER BY l.registeredAt DESC, l.id DESC")
public class Letter implements Serializable {

    public static final int NUMBER_MAX = 100;
    public static final int SUBJECT_MAX = 500;
    public static final int ADDRESSEE_MAX = 300;
    /** The addressee of a notice to every region. */
    public static final String ALL_REGIONS = "Seluruh daerah";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "letter_number")
    private String number;
    @Column(name = "number_key")
    private String numberKey;
    @Column(name = "letter_date")
    private LocalDate letterDate;
    private String subject;
    private String addressee;
    @Enumerated(EnumType.STRING)
    private LetterSource source;
    @Column(name = "public_file")
    private boolean publicFile;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "file_key")
    private String fileKey;
    @Column(name = "file_sha256")
    private String fileSha256;
    @Column(name = "file_size")
    private Long fileSize;
    @Column(name = "publication_id")
    private Long publicationId;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "registered_by")
    private String registeredBy;

    protected Letter() {
    }

    Letter(String number, LocalDate letterDate, String subject, String addressee, LetterSource source,
            Instant registeredAt, String registeredBy) {
        this.number = number.trim();
        this.numberKey = key(number);
        this.letterDate = letterDate;
        this.subject = subject.trim();
        this.addressee = addressee.trim();
        this.source = source;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    /**
     * The form a number is compared in: upper case, without spaces, so "s-146/pk/2023" and "S-146 / PK / 2023"
     * find the same letter.
     */
    public static String key(String number) {
        return number == null ? "" : number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /**
     * What a registration lacks: number, date, subject and addressee are required, each within its length. The
     * duplicate check is the register's.
     */
    static List<Violation> violations(String number, LocalDate date, String subject, String addressee) {
        List<Violation> v = new ArrayList<>();
        required(v, "number", number, NUMBER_MAX, "letter.numberRequired");
        if (date == null) {
            v.add(Violation.of("date", "letter.dateRequired"));
        }
        required(v, "subject", subject, SUBJECT_MAX, "letter.subjectRequired");
        required(v, "addressee", addressee, ADDRESSEE_MAX, "letter.addresseeRequired");
        return v;
    }

    private static void required(List<Violation> v, String field, String value, int max, String key) {
        if (value == null || value.isBlank()) {
            v.add(Violation.of(field, key));
        } else if (value.trim().length() > max) {
            v.add(Violation.of(field, "visit.tooLong", max));
        }
    }

    /** A SHA-256 as the register keeps it (64 lower-case hex digits), or null for anything else. */
    static String sha256(String text) {
        String sha = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return sha.matches("[0-9a-f]{64}") ? sha : null;
    }

    /**
     * The date a published notice to regions is registered under: the notice's own date, else the office day it
     * was published on (else today's).
     */
    static LocalDate noticeDate(LocalDate docDate, Instant publishedAt, Instant now, ZoneId office) {
        return docDate != null ? docDate : LocalDate.ofInstant(publishedAt == null ? now : publishedAt, office);
    }

    /**
     * Whether the public may download the PDF: a file the register may show, and for a notice only while the
     * notice itself is visible on the site.
     */
    boolean mayDownload(boolean publicationVisible) {
        return isPublicFile() && (publicationId == null || publicationVisible);
    }

    void file(String name, String key, String sha256, long size, boolean isPublic) {
        this.fileName = name;
        this.fileKey = key;
        this.fileSha256 = sha256;
        this.fileSize = size;
        this.publicFile = isPublic;
    }

    void describe(String subject, LocalDate date, Long publicationId) {
        this.subject = subject;
        this.letterDate = date;
        this.publicationId = publicationId;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public LocalDate getLetterDate() { return letterDate; }
    public String getSubject() { return subject; }
    public String getAddressee() { return addressee; }
    public LetterSource getSource() { return source; }
    public boolean isPublicFile() { return publicFile && fileKey != null; }
    public String getFileName() { return fileName; }
    public String getFileKey() { return fileKey; }
    public String getFileSha256() { return fileSha256; }
    public Long getFileSize() { return fileSize; }
    public Long getPublicationId() { return publicationId; }
    public Instant getRegisteredAt() { return registeredAt; }
    public String getRegisteredBy() { return registeredBy; }
}
