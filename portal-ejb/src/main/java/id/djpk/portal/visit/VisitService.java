package id.djpk.portal.visit;

import id.djpk.portal.system.AccessAttempts;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.letter.Letter;
import id.djpk.portal.letter.LetterService;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.system.Violation;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bookings of consultation visits and video conferences, from the public form to the monthly lists. The
 * requester reaches a booking only with its code and access code; the desk, reception and the units act by
 * code (the web layer restricts those calls to their roles). Every change is audited.
 */
@Stateless
public class VisitService {

    /** The request letter: a PDF, as any letter to the Director General. */
    public static final long LETTER_MAX_BYTES = 10L * 1024 * 1024;
    public static final Set<FileKind> MINUTES_KINDS = Set.of(FileKind.PDF, FileKind.JPG, FileKind.PNG);
    /** How many sessions the desk's queue proposes. */
    public static final int PROPOSALS = 6;
    public static final String STATUS_PATH = "/kunjungan/status";

    static final String ENTITY = "Visit";
    private static final Pattern CONFIRMATION_IN_URL = Pattern.compile("[?&]nomor=([^&#]+)");

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
    private LetterService letters;

    @Inject
    private MailService mail;

    @Inject
    private PortalConfig config;

    @Inject
    private OfficeClock clock;

    @Inject
    @ConfigProperty(name = "portal.visit.slots", defaultValue = "09:00-10:00,10:00-11:00,13:00-14:00,14:00-15:00")
    String slotConfig;

    public VisitRules rules() {
        return new VisitRules(calendar.workingDays(), SlotTime.parse(slotConfig));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.now(), zone());
    }

    // ---------------------------------------------------------------- requester

    /** A request received now through the public form or API. */
    public VisitSubmission submit(VisitForm form, InputStream letter, String letterName) {
        return submit(form, letter, letterName, null);
    }

    /**
     * Registers a request. Input is checked, then the circular's rules; the letter is stored only when
     * both pass, so a refused request leaves neither a row nor a file. {@code receivedAt}, for the desk
     * entering a letter that came by WhatsApp or email, is when it came (not in the future); {@code null} is now.
     */
    public VisitSubmission submit(VisitForm form, InputStream letter, String letterName, Instant receivedAt) {
        Instant now = clock.now();
        Instant received = receivedAt == null || receivedAt.isAfter(now) ? now : receivedAt;
        VisitRules rules = rules();
        LocalDate receiptDay = rules.workingDays().receiptDay(received);
        List<Violation> v = form == null ? List.of(Violation.of("institution", "visit.required")) : new ArrayList<>(form.violations());
        if (form == null) {
            throw new InvalidInputException(v);
        }
        Optional<Region> region = VisitForm.isBlank(form.getRegionCode()) ? Optional.empty()
                : reference.findRegion(form.getRegionCode().trim());
        if (!VisitForm.isBlank(form.getRegionCode()) && region.isEmpty()) {
            v.add(Violation.of("region_code", "visit.regionUnknown"));
        }
        for (String code : form.topicCodes()) {
            if (reference.findTopic(code).filter(Topic::isActive).isEmpty()) {
                v.add(Violation.of("topics", "visit.topicUnknown", code));
                break;
            }
        }
        String unit = VisitForm.trimToNull(form.getPreferredUnit());
        if (unit != null && reference.findUnit(unit).filter(OrgUnit::isActive).isEmpty()) {
            v.add(Violation.of("preferred_unit", "visit.unitUnknown", unit));
        }
        LocalDate letterDate = form.letterDateValue();
        if (letterDate != null && letterDate.isAfter(LocalDate.ofInstant(received, zone()))) {
            v.add(Violation.of("letter_date", "visit.letterDateFuture"));
        }
        if (letter == null) {
            v.add(Violation.of("letter", "visit.letterRequired"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }

        // the circular's rules
        LocalDate earliest = rules.earliestDate(receiptDay);
        if (form.getMode() == VisitMode.TATAP_MUKA) {
            rules.checkGuests(form.getGuests());
        }
        for (LocalDate d : form.preferredDateValues()) {
            rules.checkDate(d, earliest);
        }
        if (form.getMode() == VisitMode.TATAP_MUKA && !form.preferredDateValues().isEmpty()) {
            // refused only when every preferred date falls in a month whose quota is used up
            VisitRuleException full = null;
            boolean anyOpen = false;
            for (LocalDate d : form.preferredDateValues()) {
                YearMonth m = YearMonth.from(d);
                long used = scheduledInMonth(region.get().getCode(), m);
                if (rules.quotaLeft(used) > 0) {
                    anyOpen = true;
                } else if (full == null) {
                    full = new VisitRuleException(VisitRule.QUOTA, region.get().getName(), m.toString());
                }
            }
            if (!anyOpen) {
                throw full;
            }
        }
        em.createNamedQuery("Visit.byLetter", Visit.class).setParameter("region", region.get().getCode())
                .setParameter("number", form.getLetterNumber().trim()).getResultStream().findFirst()
                .ifPresent(earlier -> {
                    throw new VisitRuleException(VisitRule.NEW_LETTER, earlier.getLetterNumber(), earlier.getBookingCode());
                });

        StoredFile file;
        try {
            file = documents.store(letter, letterName, Set.of(FileKind.PDF), LETTER_MAX_BYTES);
        } catch (BusinessException e) {
            throw new InvalidInputException(List.of("file.typeNotAllowed".equals(e.getKey())
                    ? Violation.of("letter", "visit.letterType") : Violation.of("letter", e.getKey(), e.getArguments())));
        }
        String code = uniqueCode();
        String access = AccessCode.generate();
        Visit visit = new Visit(code, AccessCode.hash(access), form, file, received, receiptDay, earliest);
        em.persist(visit);
        audit.recordAs(audit.currentActor(), "VISIT_REQUESTED", ENTITY, code, visit.getMode() + ", " + visit.getRegionCode()
                + ", letter " + visit.getLetterNumber() + " " + file.sha256());
        String link = statusLink(code, access);
        mail.send(Mail.to(visit.getEmail()).about(ENTITY, code)
                .subject("Permohonan konsultasi " + code + " diterima")
                .text("Yth. " + visit.getContactName() + ",\n\n"
                        + "Permohonan konsultasi " + ConfirmationLetter.modeName(visit.getMode()).toLowerCase()
                        + " dari " + visit.getInstitution() + " dengan surat nomor " + visit.getLetterNumber()
                        + " telah kami terima.\n\nKode booking: " + code + "\nKode akses: " + access
                        + "\nStatus permohonan: " + link + "\n\nKonsultasi paling cepat dapat dilaksanakan "
                        + ConfirmationLetter.DATE.format(earliest) + " (3 hari kerja sejak surat diterima). "
                        + "Jadwal akan dikonfirmasi oleh Contact Center DJPK; kunjungan hanya dapat dilakukan setelah "
                        + "mendapatkan jadwal.\n\nContact Center Dering DJPK").secret(access));
        return new VisitSubmission(code, access, earliest, received, receiptDay);
    }

    public String statusLink(String code, String access) {
        return config.publicBaseUrl() + STATUS_PATH + "?kode=" + url(code) + AccessCode.fragment("akses", access);
    }

    /** The booking, when code and access code belong together; a wrong code answers like an unknown one. */
    public Optional<Visit> findForRequester(String code, String accessCode) {
        return attempts.guard(AccessAttempts.Kind.VISIT, code, () -> find(code).filter(v -> v.accessCodeMatches(accessCode)));
    }

    /** Free and taken sessions of the working days from {@code from} to {@code to} (at most 62 days). */
    public List<DayAvailability> availability(LocalDate from, LocalDate to) {
        VisitRules rules = rules();
        LocalDate earliest = earliestForNow(rules);
        LocalDate end = to.isAfter(from.plusDays(62)) ? from.plusDays(62) : to;
        Set<Slot> taken = taken(from, end);
        List<DayAvailability> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(end); d = d.plusDays(1)) {
            if (!rules.workingDays().isWorkingDay(d)) {
                continue;
            }
            List<DayAvailability.Session> sessions = new ArrayList<>();
            for (int n = 1; n <= rules.slots().size(); n++) {
                sessions.add(new DayAvailability.Session(n, rules.time(n).label(), !taken.contains(new Slot(d, n))));
            }
            days.add(new DayAvailability(d, sessions, !d.isBefore(earliest)));
        }
        return days;
    }

    /** The first day a request sent now could be scheduled (its letter counts as received now). */
    public LocalDate earliestForNow() {
        return earliestForNow(rules());
    }

    private LocalDate earliestForNow(VisitRules rules) {
        return rules.earliestDate(rules.workingDays().receiptDay(clock.now()));
    }

    /** Face-to-face visits the region may still have in the month. */
    public int quotaLeft(String regionCode, YearMonth month) {
        return rules().quotaLeft(scheduledInMonth(regionCode, month));
    }

    // ---------------------------------------------------------------- desk

    public Optional<Visit> find(String code) {
        String c = BookingCode.normalize(code);
        if (!BookingCode.isWellFormed(c)) {
            return Optional.empty();
        }
        return em.createNamedQuery("Visit.byCode", Visit.class).setParameter("code", c).getResultStream().findFirst();
    }

    /** Requests awaiting a schedule, oldest first. */
    public List<Visit> queue() {
        return em.createNamedQuery("Visit.requested", Visit.class).getResultList();
    }

    /** Visits and video conferences scheduled (or held, missed, cancelled) between two days. */
    public List<Visit> scheduled(LocalDate from, LocalDate to, Set<VisitStatus> statuses) {
        return em.createNamedQuery("Visit.scheduledBetween", Visit.class).setParameter("from", from)
                .setParameter("to", to).setParameter("statuses", statuses).getResultList();
    }

    /**
     * The earliest sessions that satisfy every rule: on or after the earliest date and today, free, and for a
     * face-to-face visit in a month where the region has quota left. Sessions on the requester's preferred
     * dates come first.
     */
    public List<Slot> proposals(String code) {
        Visit visit = require(code);
        VisitRules rules = rules();
        LocalDate from = firstPossibleDay(visit, rules);
        LocalDate horizon = from.plusMonths(6);
        Set<Slot> taken = taken(from, horizon);
        LinkedHashSet<Slot> found = new LinkedHashSet<>();
        for (LocalDate d : visit.preferredDateValues()) {
            if (!d.isBefore(from) && quotaAllows(visit, YearMonth.from(d), rules)) {
                found.addAll(rules.freeSlots(d, taken));
            }
        }
        LocalDate day = from;
        while (found.size() < PROPOSALS && day.isBefore(horizon)) {
            List<Slot> next = rules.proposals(day, taken, PROPOSALS);
            if (next.isEmpty()) {
                break;
            }
            for (Slot s : next) {
                if (found.size() < PROPOSALS && quotaAllows(visit, YearMonth.from(s.date()), rules)) {
                    found.add(s);
                }
            }
            day = next.get(next.size() - 1).date().plusDays(1);
        }
        return List.copyOf(found);
    }

    /**
     * Schedules the request in a session and sends the confirmation letter (registered in the letter
     * register, with a QR code to its public check). Of two confirmations of the last free session, the
     * session's primary key lets exactly one commit; the other is refused with the rule.
     */
    public Visit confirm(String code, Slot slot, String unitCode, String meetingLink) {
        Visit visit = require(code);
        if (visit.getStatus() != VisitStatus.REQUESTED) {
            throw new BusinessException(visit.getStatus().closed() ? "visit.closed" : "visit.notRequested", visit.getBookingCode());
        }
        OrgUnit unit = checkDesk(visit, slot, unitCode, meetingLink);
        VisitRules rules = rules();
        checkSchedule(visit, slot, rules, null);
        String actor = audit.currentActor();
        Instant now = clock.now();
        String number = confirmationNumber(visit, 1);
        visit.confirm(slot, unit.getCode(), trimToNull(meetingLink), number, actor, now);
        claim(slot, visit);
        sendLetter(visit, rules, unit, number, "VISIT_CONFIRMED", "Jadwal konsultasi " + visit.getBookingCode());
        return visit;
    }

    /** Another session for a confirmed booking; a new confirmation letter is sent. */
    public Visit reschedule(String code, Slot slot, String note) {
        Visit visit = require(code);
        if (visit.getStatus() != VisitStatus.CONFIRMED) {
            throw new BusinessException(visit.getStatus().closed() ? "visit.closed" : "visit.notConfirmed", visit.getBookingCode());
        }
        VisitRules rules = rules();
        Slot old = visit.getSlot();
        checkSchedule(visit, slot, rules, old);
        String actor = audit.currentActor();
        long revision = visit.getEvents().stream().filter(e -> e.getKind() == VisitEvent.Kind.RESCHEDULED).count();
        visit.reschedule(slot, actor, clock.now(), trimToNull(note));
        release(old);
        claim(slot, visit);
        String number = confirmationNumber(visit, (int) revision + 2);
        visit.renumber(number);
        OrgUnit unit = reference.findUnit(visit.getUnitCode()).orElseThrow();
        sendLetter(visit, rules, unit, number, "VISIT_RESCHEDULED", "Perubahan jadwal konsultasi " + visit.getBookingCode());
        return visit;
    }

    /** Closes the booking; a new request needs a new letter (E.3.c.9). */
    public Visit cancel(String code, String reason) {
        Visit visit = require(code);
        if (VisitForm.isBlank(reason)) {
            throw new InvalidInputException(List.of(Violation.of("reason", "visit.reasonRequired")));
        }
        String r = reason.trim().length() > Visit.REASON_MAX ? reason.trim().substring(0, Visit.REASON_MAX) : reason.trim();
        Slot old = visit.getSlot();
        String actor = audit.currentActor();
        visit.cancel(r, actor, clock.now());
        release(old);
        audit.recordAs(actor, "VISIT_CANCELLED", ENTITY, visit.getBookingCode(), r);
        mail.send(Mail.to(visit.getEmail()).about(ENTITY, visit.getBookingCode())
                .subject("Permohonan konsultasi " + visit.getBookingCode() + " dibatalkan")
                .text("Yth. " + visit.getContactName() + ",\n\nPermohonan konsultasi " + visit.getBookingCode()
                        + " dibatalkan: " + r + "\n\nSesuai SE-2/PK.1/2024 huruf E angka 3 huruf c angka 9, penjadwalan "
                        + "ulang hanya dapat dilakukan dengan menyampaikan kembali surat permohonan konsultasi/audiensi."
                        + "\n\nContact Center Dering DJPK"));
        return visit;
    }

    // ---------------------------------------------------------------- reception

    /**
     * The booking reception has before it: by booking code, or by the address in the QR code of its
     * confirmation letter. Nobody is received without a schedule for today (E.3.c.3, E.3.c.11).
     */
    public Visit findForReception(String codeOrQr) {
        String input = codeOrQr == null ? "" : codeOrQr.trim();
        Optional<Visit> visit = find(input);
        if (visit.isEmpty()) {
            Matcher m = CONFIRMATION_IN_URL.matcher(input);
            String number = m.find() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : input;
            visit = em.createNamedQuery("Visit.byConfirmation", Visit.class).setParameter("number", number.trim())
                    .getResultStream().findFirst();
        }
        Visit v = visit.orElseThrow(() -> new VisitRuleException(VisitRule.NO_BOOKING, ""));
        if (v.getMode() != VisitMode.TATAP_MUKA) {
            throw new BusinessException("visit.notTatapMuka", v.getBookingCode());
        }
        if (v.getStatus() != VisitStatus.CONFIRMED && v.getStatus() != VisitStatus.HELD) {
            throw new VisitRuleException(VisitRule.NO_BOOKING, v.getBookingCode() + ": " + v.getStatus());
        }
        if (!v.getSlotDate().equals(today())) {
            throw new VisitRuleException(VisitRule.NO_BOOKING, v.getBookingCode() + ": " + v.getSlotDate() + " "
                    + rules().time(v.getSlotNumber()).label() + " WIB");
        }
        return v;
    }

    /**
     * Records who came: the listed guests by their number in the list, and anyone unlisted by name. Only the
     * allowed number is admitted; more is recorded as a breach of E.3.c.6.
     */
    public Admission checkIn(String code, Set<Integer> listedArrived, List<String> unlisted) {
        Visit visit = findForReception(code);
        if (visit.getStatus() != VisitStatus.CONFIRMED) {
            throw new BusinessException("visit.notConfirmed", visit.getBookingCode());
        }
        Set<Integer> listed = listedArrived == null ? Set.of() : listedArrived.stream()
                .filter(n -> visit.listedGuests().stream().anyMatch(g -> g.getPositionNo() == n)).collect(Collectors.toSet());
        List<String> others = unlisted == null ? List.of() : unlisted.stream().filter(s -> s != null && !s.isBlank())
                .map(s -> s.trim().length() > VisitForm.NAME_MAX ? s.trim().substring(0, VisitForm.NAME_MAX) : s.trim()).toList();
        boolean head = visit.listedGuests().stream().anyMatch(g -> g.isHead() && listed.contains(g.getPositionNo()));
        Admission admission = rules().admit(listed.size() + others.size(), head);
        String actor = audit.currentActor();
        visit.checkIn(listed, others, admission, actor, clock.now());
        audit.recordAs(actor, "VISIT_CHECKED_IN", ENTITY, visit.getBookingCode(), admission.arrived() + " arrived, "
                + admission.admitted() + " admitted" + (admission.breach() ? ", guest limit breached" : ""));
        return admission;
    }

    /** A confirmed visit nobody came to, once its day has come: closed, a new letter is needed (E.3.c.9). */
    public Visit markNoShow(String code) {
        Visit visit = require(code);
        if (visit.getStatus() == VisitStatus.CONFIRMED && visit.getSlotDate().isAfter(today())) {
            throw new BusinessException("visit.notYetDue", visit.getBookingCode(), visit.getSlotDate().toString());
        }
        String actor = audit.currentActor();
        visit.noShow(actor, clock.now());
        audit.recordAs(actor, "VISIT_NO_SHOW", ENTITY, visit.getBookingCode(), String.valueOf(visit.getSlotDate()));
        return visit;
    }

    // ---------------------------------------------------------------- unit

    /**
     * The unit's record of the consultation (E.3.b.3, E.3.c.10): the minutes (BAK), the attendance list and,
     * for a video conference, the recording link. {@code unitCode} is the uploader's unit; {@code null}
     * for the desk, which may upload for any unit.
     */
    public Visit recordMinutes(String code, String unitCode, InputStream minutes, String minutesName,
            InputStream attendance, String attendanceName, String recordingLink) {
        Visit visit = require(code);
        if (unitCode != null && !unitCode.equals(visit.getUnitCode())) {
            throw new BusinessException("visit.notOwnUnit", String.valueOf(visit.getUnitCode()));
        }
        String recording = trimToNull(recordingLink);
        if (minutes == null && recording == null) {
            throw new InvalidInputException(List.of(Violation.of("minutes", "visit.minutesRequired")));
        }
        if (recording != null && (recording.length() > Visit.LINK_MAX || !recording.matches("https?://\\S+"))) {
            throw new InvalidInputException(List.of(Violation.of("recording_link", "visit.meetingLinkRequired")));
        }
        if (visit.getMode() == VisitMode.TATAP_MUKA && visit.getStatus() != VisitStatus.HELD) {
            throw new BusinessException("visit.notHeld");
        }
        StoredFile bak = minutes == null ? null : documents.store(minutes, minutesName, MINUTES_KINDS, LETTER_MAX_BYTES);
        StoredFile list = attendance == null ? null : documents.store(attendance, attendanceName, MINUTES_KINDS, LETTER_MAX_BYTES);
        String actor = audit.currentActor();
        visit.recordMinutes(bak, list, recording, actor, clock.now());
        audit.recordAs(actor, "VISIT_MINUTES", ENTITY, visit.getBookingCode(),
                (bak == null ? "" : "BAK " + bak.sha256()) + (recording == null ? "" : " recording"));
        return visit;
    }

    /** Visits whose minutes a unit (or the desk, {@code null}) still has to upload. */
    public List<Visit> awaitingMinutes(String unitCode) {
        LocalDate today = today();
        return scheduled(today.minusMonths(3), today, Set.of(VisitStatus.CONFIRMED, VisitStatus.HELD)).stream()
                .filter(v -> v.getMinutesAt() == null)
                .filter(v -> v.getStatus() == VisitStatus.HELD || v.getMode() == VisitMode.VIDEO_CONFERENCE)
                .filter(v -> unitCode == null || unitCode.equals(v.getUnitCode()))
                .toList();
    }

    // ---------------------------------------------------------------- report

    public MonthlyLists monthly(YearMonth month) {
        List<MonthlyLists.VisitRow> visits = new ArrayList<>();
        List<MonthlyLists.ConferenceRow> conferences = new ArrayList<>();
        for (Visit v : scheduled(month.atDay(1), month.atEndOfMonth(), Set.of(VisitStatus.HELD))) {
            String region = reference.findRegion(v.getRegionCode()).map(Region::getShortName).orElse(v.getRegionCode());
            String topics = topicNames(v);
            if (v.getMode() == VisitMode.TATAP_MUKA) {
                visits.add(new MonthlyLists.VisitRow(v.getBookingCode(), v.getSlotDate(), region, v.getInstitution(),
                        n(v.getGuestsArrived()), n(v.getGuestsAdmitted()), v.isGuestBreach(), topics));
            } else {
                conferences.add(new MonthlyLists.ConferenceRow(v.getBookingCode(), v.getSlotDate(), region,
                        v.getInstitution(), topics));
            }
        }
        return new MonthlyLists(month, visits, conferences);
    }

    /**
     * Held visits and video conferences with a slot between two days, per mode (the report's year to date): one
     * count, without loading the lists. Counts what {@link #monthly} lists.
     */
    public Map<VisitMode, Long> heldBetween(LocalDate from, LocalDate to) {
        Map<VisitMode, Long> counts = new EnumMap<>(VisitMode.class);
        for (Object[] row : em.createQuery("SELECT v.mode, COUNT(v) FROM Visit v WHERE v.slotDate BETWEEN :from AND :to "
                        + "AND v.status = id.djpk.portal.visit.VisitStatus.HELD GROUP BY v.mode", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            counts.put((VisitMode) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public String topicNames(Visit v) {
        return v.topicCodes().stream().map(c -> reference.findTopic(c).map(Topic::getName).orElse(c))
                .collect(Collectors.joining(", "));
    }

    /** The confirmation letter as sent, from the letter register. */
    public Optional<byte[]> confirmationPdf(String code) {
        Visit visit = require(code);
        if (visit.getConfirmationNumber() == null) {
            return Optional.empty();
        }
        return letters.fileOfNumber(visit.getConfirmationNumber()).map(this::read);
    }

    public byte[] read(String storageKey) {
        try (InputStream in = documents.open(storageKey)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- helpers

    private OrgUnit checkDesk(Visit visit, Slot slot, String unitCode, String meetingLink) {
        List<Violation> v = new ArrayList<>();
        if (slot == null) {
            v.add(Violation.of("slot", "visit.slotInvalid"));
        }
        Optional<OrgUnit> unit = unitCode == null ? Optional.empty() : reference.findUnit(unitCode).filter(OrgUnit::isActive);
        if (unit.isEmpty()) {
            v.add(Violation.of("unit", "visit.unitRequired"));
        }
        String link = trimToNull(meetingLink);
        if (visit.getMode() == VisitMode.VIDEO_CONFERENCE
                && (link == null || link.length() > Visit.LINK_MAX || !link.matches("https?://\\S+"))) {
            v.add(Violation.of("meeting_link", "visit.meetingLinkRequired"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return unit.get();
    }

    /**
     * The session and the quota, under a lock on the region's row: confirmations for one region queue
     * behind each other, so two of them cannot both take the region's last visit of a month.
     */
    private void checkSchedule(Visit visit, Slot slot, VisitRules rules, Slot current) {
        if (slot.number() > rules.slots().size()) {
            throw new InvalidInputException(List.of(Violation.of("slot", "visit.slotInvalid")));
        }
        LocalDate notBefore = visit.getEarliestDate().isAfter(today()) ? visit.getEarliestDate() : today();
        Set<Slot> taken = taken(slot.date(), slot.date());
        if (current != null) {
            taken.remove(current);
        }
        rules.checkSlot(slot, notBefore, taken);
        if (visit.getMode() == VisitMode.TATAP_MUKA) {
            Region region = em.find(Region.class, visit.getRegionCode(), LockModeType.PESSIMISTIC_WRITE);
            YearMonth month = YearMonth.from(slot.date());
            long used = scheduledInMonth(visit.getRegionCode(), month);
            if (current != null && YearMonth.from(current.date()).equals(month)) {
                used--;
            }
            rules.checkQuota(region.getName(), month, used);
        }
    }

    /** Takes the session; the primary key refuses a second holder even when both checked it free at once. */
    private void claim(Slot slot, Visit visit) {
        // worked out before the insert: once the insert fails, the transaction can only roll back
        String time = rules().time(slot.number()).label();
        try {
            em.persist(new SlotClaim(slot, visit.getId()));
            em.flush();
        } catch (PersistenceException e) {
            throw new VisitRuleException(VisitRule.SLOT, slot.date(), time);
        }
    }

    private void release(Slot slot) {
        if (slot == null) {
            return;
        }
        SlotClaim claim = em.find(SlotClaim.class, new SlotClaim.Key(slot));
        if (claim != null) {
            em.remove(claim);
            em.flush();
        }
    }

    private void sendLetter(Visit visit, VisitRules rules, OrgUnit unit, String number, String action, String subject) {
        Region region = reference.findRegion(visit.getRegionCode()).orElseThrow();
        LocalDate date = today();
        String verify = LetterService.verificationUrl(config.publicBaseUrl(), number, date);
        byte[] pdf = ConfirmationLetter.render(new ConfirmationLetter.Content(number, date, visit.getBookingCode(),
                visit.getInstitution(), region.getName(), visit.getContactName(), visit.getMode(), visit.getSlotDate(),
                rules.time(visit.getSlotNumber()).label(), unit.getName(), visit.getMeetingLink(), visit.allowedGuests(),
                visit.listedGuests().stream().map(g -> g.getName() + " (" + g.getPosition() + ")").toList(),
                topicNames(visit), verify));
        String fileName = "konfirmasi-" + visit.getBookingCode() + ".pdf";
        Letter letter = letters.registerGenerated(number, date, "Konfirmasi jadwal konsultasi "
                + ConfirmationLetter.modeName(visit.getMode()).toLowerCase() + " " + visit.getBookingCode(),
                visit.getInstitution() + ", " + region.getName(), pdf, fileName);
        audit.record(action, ENTITY, visit.getBookingCode(), visit.getSlotDate() + " #" + visit.getSlotNumber() + ", "
                + unit.getCode() + ", letter " + number + " " + letter.getFileSha256());
        mail.send(Mail.to(visit.getEmail()).about(ENTITY, visit.getBookingCode()).subject(subject)
                .text("Yth. " + visit.getContactName() + ",\n\nKonsultasi " + ConfirmationLetter.modeName(visit.getMode()).toLowerCase()
                        + " " + visit.getBookingCode() + " dijadwalkan pada " + ConfirmationLetter.DATE.format(visit.getSlotDate())
                        + " pukul " + rules.time(visit.getSlotNumber()).label() + " WIB dengan " + unit.getName() + "."
                        + (visit.getMeetingLink() == null ? "" : "\nTautan rapat: " + visit.getMeetingLink())
                        + "\n\nSurat konfirmasi nomor " + number + " terlampir; keasliannya dapat diperiksa di " + verify
                        + "\n\nContact Center Dering DJPK")
                .attach(fileName, "application/pdf", pdf));
    }

    private boolean quotaAllows(Visit visit, YearMonth month, VisitRules rules) {
        return visit.getMode() != VisitMode.TATAP_MUKA || rules.quotaLeft(scheduledInMonth(visit.getRegionCode(), month)) > 0;
    }

    private long scheduledInMonth(String regionCode, YearMonth month) {
        return em.createNamedQuery("Visit.regionCount", Long.class).setParameter("region", regionCode)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getSingleResult();
    }

    private Set<Slot> taken(LocalDate from, LocalDate to) {
        Set<Slot> taken = new HashSet<>();
        em.createNamedQuery("SlotClaim.between", SlotClaim.class).setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(c -> taken.add(c.slot()));
        return taken;
    }

    private String confirmationNumber(Visit visit, int revision) {
        String base = visit.getBookingCode() + (revision > 1 ? "." + revision : "");
        return "S-" + base + "/PK.1/" + today().getYear();
    }

    private String uniqueCode() {
        for (int i = 0; i < 20; i++) {
            String code = BookingCode.generate();
            if (find(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free booking code after 20 tries");
    }

    /** The first day a session can be proposed: the earliest day the rules allow, never today or before. */
    private LocalDate firstPossibleDay(Visit visit, VisitRules rules) {
        return visit.getEarliestDate().isAfter(today()) ? visit.getEarliestDate() : rules.workingDays().nextWorkingDay(today());
    }

    /** A region's face-to-face visits left in a month, of the circular's monthly number. */
    public record RegionQuota(YearMonth month, int left, int of) implements java.io.Serializable {
    }

    /**
     * For the desk's queue: the region's visits left in the month of the first proposed session, or of the first
     * day a session could be proposed when none is; empty for a video conference, which has no such limit.
     */
    public Optional<RegionQuota> quota(Visit visit, List<Slot> proposed) {
        if (visit.getMode() != VisitMode.TATAP_MUKA) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(proposed.isEmpty() ? firstPossibleDay(visit, rules()) : proposed.get(0).date());
        return Optional.of(new RegionQuota(month, quotaLeft(visit.getRegionCode(), month), VisitRules.MONTHLY_VISITS_PER_REGION));
    }

    /**
     * When a request the desk enters was received (it came by WhatsApp or e-mail): that day at the given time, at
     * noon when no time is given, in the office's zone; {@code null} (now) without a day.
     */
    public Instant receivedAt(LocalDate day, LocalTime time) {
        return day == null ? null : day.atTime(time == null ? LocalTime.NOON : time).atZone(zone()).toInstant();
    }

    private Visit require(String code) {
        return find(code).orElseThrow(() -> new BusinessException("visit.notFound"));
    }

    private ZoneId zone() {
        return calendar.officeHours().zone();
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }

    private static String trimToNull(String s) {
        return VisitForm.trimToNull(s);
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
