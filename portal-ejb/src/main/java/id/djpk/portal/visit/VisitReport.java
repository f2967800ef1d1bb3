package id.djpk.portal.visit;

import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.letter.LetterService;
import id.djpk.portal.reference.ReferenceData;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the visits were, read only: the monthly lists and counts of the report, and the confirmation letters sent. */
@Stateless
public class VisitReport {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private VisitService service;

    @Inject
    private ReferenceData reference;

    @Inject
    private DocumentStore documents;

    @Inject
    private LetterService letters;

    public MonthlyLists monthly(YearMonth month) {
        List<MonthlyLists.VisitRow> visits = new ArrayList<>();
        List<MonthlyLists.ConferenceRow> conferences = new ArrayList<>();
        // the columns the lists show, not the visits as entities: an entity would bring its events and guests (one
        // query each per visit) and stay in the persistence context, where every later query of the report's
        // transaction would first compare it for changes (issue #19, docs/benchmarks.md "H2's page cache")
        for (Object[] r : em.createQuery("SELECT v.bookingCode, v.slotDate, v.regionCode, v.institution, v.guestsArrived, "
                        + "v.guestsAdmitted, v.guestBreach, v.topics, v.mode FROM Visit v WHERE v.slotDate BETWEEN :from AND :to "
                        + "AND v.status = id.djpk.portal.visit.VisitStatus.HELD ORDER BY v.slotDate, v.slotNumber, v.id",
                        Object[].class)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getResultList()) {
            String region = reference.shortName((String) r[2]);
            String topics = service.topicNames(VisitForm.split((String) r[7]));
            if (r[8] == VisitMode.TATAP_MUKA) {
                visits.add(new MonthlyLists.VisitRow((String) r[0], (LocalDate) r[1], region, (String) r[3],
                        n((Integer) r[4]), n((Integer) r[5]), Boolean.TRUE.equals(r[6]), topics));
            } else {
                conferences.add(new MonthlyLists.ConferenceRow((String) r[0], (LocalDate) r[1], region, (String) r[3], topics));
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

    /**
     * Held visits and video conferences per month of their slot from {@code from} to {@code to} (the report's nine
     * months of each service), counted as {@link #heldBetween} counts; months without any are absent. One query
     * grouped by day, added up here (a few hundred rows at most).
     */
    public Map<YearMonth, Map<VisitMode, Long>> heldPerMonth(YearMonth from, YearMonth to) {
        Map<YearMonth, Map<VisitMode, Long>> counts = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("SELECT v.slotDate, v.mode, COUNT(v) FROM Visit v WHERE v.slotDate BETWEEN :from AND :to "
                        + "AND v.status = id.djpk.portal.visit.VisitStatus.HELD GROUP BY v.slotDate, v.mode", Object[].class)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atEndOfMonth()).getResultList()) {
            counts.computeIfAbsent(YearMonth.from((LocalDate) row[0]), m -> new EnumMap<>(VisitMode.class))
                    .merge((VisitMode) row[1], ((Number) row[2]).longValue(), Long::sum);
        }
        return counts;
    }

    /** The confirmation letter as sent, from the letter register. */
    public Optional<byte[]> confirmationPdf(String code) {
        Visit visit = service.require(code);
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

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }
}
