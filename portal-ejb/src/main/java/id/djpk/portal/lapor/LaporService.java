package id.djpk.portal.lapor;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.report.EnteredFigures;
import id.djpk.portal.system.AccessAttempts;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import id.djpk.portal.system.YearlyCounter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Email Lapor as a region meets it: the report types, a submission with its receipt (duplicates refused, a newer
 * version superseding the earlier one), the status by receipt number and access code, and the corrected version
 * after a return; and the administrators' upkeep of the types. The PIC works in {@link LaporDesk}. Every change is
 * audited.
 */
@Stateless
public class LaporService {

    /** More files than any report needs: a submission with more is refused. */
    public static final int MAX_FILES = 10;
    static final String ENTITY = "LaporSubmission";
    static final String TYPE_ENTITY = "LaporType";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccessAttempts attempts;

    @Inject
    private CalendarService calendar;

    @Inject
    private DocumentStore documents;

    @Inject
    private ReferenceData reference;

    @Inject
    private MailService mail;

    @Inject
    private Links links;

    @Inject
    private OfficeClock clock;

    // ---------------------------------------------------------------- types

    public List<LaporType> types() {
        return em.createNamedQuery("LaporType.all", LaporType.class).getResultList();
    }

    public List<LaporType> activeTypes() {
        return types().stream().filter(LaporType::isActive).toList();
    }

    public Optional<LaporType> findType(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.ofNullable(em.find(LaporType.class, code.strip()));
    }

    /**
     * Creates or changes a report type (an administrator, for the owning unit): its name, unit, period kind, deadline
     * rule (null: none), and the file kinds ({@code accepts}) and size per file in MB it takes. Kinds or size left out
     * (null) stay as they were; a new type then takes every allowed kind and 50 MB. A new type counts in the monthly
     * report's "Laporan lainnya" unless its code is one of the report's lines.
     */
    public LaporType setType(String code, String name, String unitCode, String periodKind, DeadlineRule deadline,
            Collection<String> accepts, Integer maxMb) {
        List<Violation> v = new ArrayList<>();
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,29}")) {
            v.add(Violation.of("code", "lapor.typeCode"));
        }
        if (name == null || name.isBlank()) {
            v.add(Violation.of("name", "lapor.typeNameRequired"));
        } else if (name.strip().length() > LaporType.NAME_MAX) {
            v.add(Violation.of("name", "lapor.tooLong", LaporType.NAME_MAX));
        }
        if (unitCode == null || reference.findUnit(unitCode.strip()).isEmpty()) {
            v.add(Violation.of("unit", "lapor.unitUnknown", unitCode == null ? "" : unitCode));
        }
        PeriodKind kind = null;
        try {
            kind = periodKind == null ? null : PeriodKind.valueOf(periodKind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kind == null) {
            v.add(Violation.of("period", "lapor.periodKindUnknown"));
        }
        LaporType type = c.matches("[A-Z][A-Z0-9_]{1,29}") ? em.find(LaporType.class, c) : null;
        AcceptedFiles files = null;
        try {
            files = AcceptedFiles.of(accepts, maxMb, type == null ? AcceptedFiles.DEFAULT : type.accepted());
        } catch (InvalidInputException e) {
            v.addAll(e.getViolations());
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        boolean created = type == null;
        if (created) {
            type = new LaporType(c);
        }
        String group = created ? (EnteredFigures.EMAIL_TYPES.containsKey(c) ? c : "LAINNYA") : type.getReportGroup();
        type.set(name.strip(), unitCode.strip(), kind, deadline, files, group);
        if (created) {
            em.persist(type);
        }
        audit.record(created ? "LAPOR_TYPE_CREATED" : "LAPOR_TYPE_CHANGED", TYPE_ENTITY, c, type.getName() + ", unit "
                + type.getUnitCode() + ", " + kind + ", deadline " + (deadline == null ? "none" : deadline.monthsAfter() + "/" + deadline.day())
                + ", files " + files.kindsText() + " up to " + files.maxMb() + " MB");
        return type;
    }

    // ---------------------------------------------------------------- the region

    /**
     * Receives a report received now. Every field and file is checked before anything is stored; a file already
     * received for the same region, type and period is refused with the earlier receipt
     * ({@link DuplicateReportException}) and nothing is stored. A report of a region, type and period that has one
     * in force supersedes it (both are kept).
     */
    public LaporReceipt submit(LaporForm form, List<Incoming> files) {
        return receive(form, files, clock.now(), null);
    }

    /**
     * Receives a report a region sent by e-mail during the change-over, as an agent or the PIC classified it: checked
     * like {@link #submit}, received when the mail server received the message (deadline and on-time are judged on
     * that), named by its Message-ID so that one message never becomes two submissions; the region's receipt e-mail
     * also points to the form for next time. Audited in the classifying staff member's name.
     */
    public LaporReceipt submitFromEmail(LaporForm form, List<Incoming> files, Instant receivedAt, String messageId) {
        if (receivedAt == null || messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("a report from e-mail needs the server's received time and its Message-ID");
        }
        em.createNamedQuery("LaporSubmission.bySourceMessage", String.class).setParameter("id", messageId).getResultStream()
                .findFirst().ifPresent(receipt -> {
                    throw new BusinessException("lapor.emailAlreadySubmitted", receipt);
                });
        return receive(form, files, receivedAt, messageId);
    }

    private LaporReceipt receive(LaporForm form, List<Incoming> files, Instant receivedAt, String sourceMessageId) {
        List<Violation> v = new ArrayList<>(form == null ? List.of(Violation.of("region_code", "lapor.regionRequired")) : form.violations());
        LaporType type = null;
        Period period = null;
        if (form != null) {
            if (!LaporForm.blank(form.getRegionCode()) && reference.findRegion(form.getRegionCode().strip()).isEmpty()) {
                v.add(Violation.of("region_code", "lapor.regionUnknown", form.getRegionCode().strip()));
            }
            if (!LaporForm.blank(form.getReportType())) {
                type = findType(form.getReportType()).filter(LaporType::isActive).orElse(null);
                if (type == null) {
                    v.add(Violation.of("report_type", "lapor.typeUnknown", form.getReportType().strip()));
                }
            }
            if (type != null) {
                try {
                    period = Period.parse(type.getPeriodKind(), form.getPeriod());
                } catch (InvalidInputException e) {
                    v.addAll(e.getViolations());
                }
            } else if (LaporForm.blank(form.getPeriod())) {
                v.add(Violation.of("period", "lapor.periodRequired", PeriodKind.MONTHLY.example()));
            }
        }
        checkCount(files, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        String region = form.getRegionCode().strip();
        Period p = period;
        Set<String> hashes = hashes(files);
        List<LaporSubmission> same = em.createNamedQuery("LaporSubmission.sameReport", LaporSubmission.class)
                .setParameter("region", region).setParameter("type", type.getCode()).setParameter("period", period.format())
                .getResultList();
        Resubmission decision = Resubmission.of(new Resubmission.Key(region, type.getCode(), period.format()), hashes,
                same.stream().map(LaporSubmission::asEarlier).toList());
        if (decision.kind() == Resubmission.Kind.DUPLICATE) {
            throw new DuplicateReportException(decision.receipt());
        }
        List<StoredFile> stored = store(files, type);
        Instant now = receivedAt;
        LocalDate deadline = type.deadline().map(r -> r.due(p, calendar.workingDays())).orElse(null);
        Boolean onTime = deadline == null ? null : DeadlineRule.onTime(now, deadline, clock.zone());
        Optional<LaporSubmission> previous = decision.supersedes()
                .flatMap(r -> same.stream().filter(old -> old.getReceipt().equals(r)).findFirst());
        int year = clock.dayOf(now).getYear();
        String receipt = Receipt.format(year, YearlyCounter.next(em, LaporCounter.class, LaporCounter::new, year,
                Receipt.MAX_SERIAL, "lapor.numbersExhausted"));
        String code = AccessCode.generate();
        LaporSubmission s = new LaporSubmission(receipt, AccessCode.hash(code), type, period, form, now, deadline, onTime,
                previous.map(LaporSubmission::getReceipt).orElse(null));
        stored.forEach(f -> s.addFile(new LaporFile(s, 1, f)));
        if (sourceMessageId != null) {
            s.cameByEmail(sourceMessageId);
        }
        em.persist(s);
        String actor = sourceMessageId == null ? AuditTrail.PUBLIC : audit.currentActor();
        previous.ifPresent(old -> {
            old.supersede(receipt, clock.now());
            audit.recordAs(actor, "LAPOR_SUPERSEDED", ENTITY, old.getReceipt(), "by " + receipt);
        });
        audit.recordAs(actor, "LAPOR_RECEIVED", ENTITY, receipt, type.getCode() + " " + period + " " + region
                + ", " + stored.size() + " file(s), deadline " + deadline + ", on time " + onTime
                + (sourceMessageId == null ? "" : ", from e-mail " + sourceMessageId));
        mail.send(letters().received(s, type, regionName(region), code));
        return new LaporReceipt(receipt, code, now, deadline, onTime);
    }

    /** The submission, when receipt and code belong together; a wrong code answers as an unknown receipt. */
    public Optional<LaporSubmission> findForRegion(String receipt, String accessCode) {
        return attempts.guard(AccessAttempts.Kind.LAPOR, Receipt.normalize(receipt),
                () -> find(receipt).filter(s -> s.accessCodeMatches(accessCode)));
    }

    /** The region's corrected version after a return, on the same receipt: checked like a first submission. */
    public LaporSubmission correct(String receipt, String accessCode, String note, List<Incoming> files) {
        LaporSubmission s = findForRegion(receipt, accessCode).orElseThrow(() -> new BusinessException("lapor.notFound"));
        List<Violation> v = new ArrayList<>();
        if (note != null && note.strip().length() > LaporForm.NOTE_MAX) {
            v.add(Violation.of("note", "lapor.tooLong", LaporForm.NOTE_MAX));
        }
        checkCount(files, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (s.getStatus() != LaporStatus.RETURNED) {
            throw new BusinessException("lapor.notReturned", s.getReceipt());
        }
        LaporType type = em.find(LaporType.class, s.getTypeCode());
        List<StoredFile> stored = store(files, type);
        int version = s.correct(LaporForm.trimmed(note), clock.now());
        List<LaporFile> added = stored.stream().map(f -> new LaporFile(s, version, f)).toList();
        added.forEach(s::addFile);
        added.forEach(em::persist);
        audit.recordAs(AuditTrail.PUBLIC, "LAPOR_CORRECTED", ENTITY, s.getReceipt(), "version " + version + ", "
                + stored.size() + " file(s)");
        mail.send(letters().corrected(s, added));
        return s;
    }

    // ---------------------------------------------------------------- shared reads

    public Optional<LaporSubmission> find(String receipt) {
        String r = Receipt.normalize(receipt);
        if (!Receipt.isWellFormed(r)) {
            return Optional.empty();
        }
        return em.createNamedQuery("LaporSubmission.byReceipt", LaporSubmission.class).setParameter("receipt", r)
                .getResultStream().findFirst();
    }

    public LaporSubmission require(String receipt) {
        return find(receipt).orElseThrow(() -> new BusinessException("lapor.notFound"));
    }

    /**
     * The "Tanda Terima" PDF for its region: only with the right receipt and code (whose QR code it carries); a wrong
     * code finds nothing, as for the status.
     */
    public Optional<byte[]> receiptPdf(String receipt, String accessCode) {
        return findForRegion(receipt, accessCode).map(s -> letters().receiptPdf(s, em.find(LaporType.class, s.getTypeCode()),
                regionName(s.getRegionCode()), AccessCode.display(accessCode)));
    }

    /** A file by its id, for staff (the web layer checks the unit). */
    public Optional<LaporFile> file(long id) {
        return Optional.ofNullable(em.find(LaporFile.class, id));
    }

    /** A file of the submission, for its region (with the code) or for staff. */
    public InputStream open(LaporFile file) throws IOException {
        return documents.open(file.getStorageKey());
    }

    private String regionName(String code) {
        return reference.findRegion(code).map(r -> r.getName()).orElse(code);
    }

    private LaporLetters letters() {
        return new LaporLetters(links, clock.zone());
    }

    // ---------------------------------------------------------------- helpers

    private static void checkCount(List<Incoming> files, List<Violation> v) {
        if (files == null || files.isEmpty()) {
            v.add(Violation.of("file", "lapor.fileRequired"));
        } else if (files.size() > MAX_FILES) {
            v.add(Violation.of("file", "lapor.tooManyFiles", MAX_FILES));
        }
    }

    private static Set<String> hashes(List<Incoming> files) {
        Set<String> hashes = new LinkedHashSet<>();
        for (Incoming f : files) {
            try (InputStream in = new DigestInputStream(f.source().open(), MessageDigest.getInstance("SHA-256"))) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                hashes.add(HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return hashes;
    }

    /** Every file checked by its content against the type's kinds and size; a refusal names the file beside {@code file}. */
    private List<StoredFile> store(List<Incoming> files, LaporType type) {
        List<StoredFile> stored = new ArrayList<>();
        List<Violation> v = new ArrayList<>();
        for (Incoming f : files) {
            try (InputStream in = f.source().open()) {
                stored.add(documents.store(in, f.fileName(), type.fileKinds(), type.getMaxBytes()));
            } catch (BusinessException e) {
                v.add(switch (e.getKey()) {
                    case "file.typeNotAllowed" -> Violation.of("file", "lapor.fileKind", f.fileName(), type.fileKindsText());
                    case "file.tooLarge" -> Violation.of("file", "lapor.fileTooLarge", f.fileName(), type.getMaxMb());
                    default -> Violation.of("file", e.getKey(), e.getArguments());
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!v.isEmpty()) {
            // the files already kept are content-addressed and unreferenced: harmless, as with any refused upload
            throw new InvalidInputException(v);
        }
        return stored;
    }
}
