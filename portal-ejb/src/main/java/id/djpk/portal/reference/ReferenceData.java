package id.djpk.portal.reference;

import id.djpk.portal.calendar.Holiday;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads and seeds the shared reference lists. */
@Stateless
public class ReferenceData {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public List<Region> regions() {
        return em.createNamedQuery("Region.all", Region.class).getResultList();
    }

    /**
     * The regions a staff member's typing names, for a type-ahead region field: those whose name, short name or code
     * holds every typed word (case ignored); a name typed out first, then names with a word starting with the text,
     * shorter names before longer ones.
     */
    public List<Region> regionsMatching(String text, int max) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<String> words = typed.isEmpty() ? List.of() : List.of(typed.split("\\s+"));
        return regions().stream()
                .filter(r -> words.stream().allMatch((r.getName() + " " + r.getShortName() + " " + r.getCode()).toLowerCase(Locale.ROOT)::contains))
                .sorted(Comparator.comparingInt((Region r) -> rank(r, typed)).thenComparingInt(r -> r.getName().length()))
                .limit(max).toList();
    }

    private static int rank(Region r, String typed) {
        String name = r.getName().toLowerCase(Locale.ROOT);
        if (name.equals(typed) || r.getShortName().toLowerCase(Locale.ROOT).equals(typed) || r.getCode().equals(typed)) {
            return 0;
        }
        return name.startsWith(typed) || name.contains(" " + typed) ? 1 : 2;
    }

    public Optional<Region> findRegion(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Region.class, code));
    }

    /** A region as lists and the report name it ("Kab. Bogor"); a code the reference data does not know as it is. */
    public String shortName(String regionCode) {
        return findRegion(regionCode).map(Region::getShortName).orElse(regionCode);
    }

    public List<Topic> topics() {
        return em.createNamedQuery("Topic.all", Topic.class).getResultList();
    }

    public List<Topic> activeTopics() {
        return em.createNamedQuery("Topic.active", Topic.class).getResultList();
    }

    /**
     * The topics a consultation, a publication or a PPID request is about: the active technical ones (DAU … Lainnya).
     * The contact center's own (Spam, Non-DJPK, Surat Masuk, Magang, Keluhan Layanan …) sort tickets only.
     */
    public List<Topic> subjectTopics() {
        return activeTopics().stream().filter(Topic::isSubject).toList();
    }

    public Optional<Topic> findTopic(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Topic.class, code));
    }

    public List<OrgUnit> units() {
        return em.createNamedQuery("OrgUnit.all", OrgUnit.class).getResultList();
    }

    public Optional<OrgUnit> findUnit(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(OrgUnit.class, code));
    }

    public List<Holiday> holidays() {
        return em.createNamedQuery("Holiday.all", Holiday.class).getResultList();
    }

    /** Loads the shipped CSV files into empty tables; tables that already hold rows are left alone. */
    public void seedIfEmpty() {
        if (count("Region") == 0) {
            read("reference/regions.csv", r -> em.persist(new Region(r.get("code"), r.get("name"),
                    Region.Level.valueOf(r.get("level")), r.get("province_code"), r.get("short_name"),
                    TimeZoneCode.valueOf(r.get("time_zone")))));
        }
        if (count("Topic") == 0) {
            int[] order = {0};
            read("reference/topics.csv", r -> {
                Topic t = new Topic(r.get("code"), r.get("name"), Topic.Group.valueOf(r.get("group")), ++order[0]);
                t.setNameEn(r.isMapped("name_en") ? r.get("name_en") : null);
                em.persist(t);
            });
        }
        if (findTopic("SPAM").isEmpty()) {
            // e-mail the server flagged as spam: a topic of its own queue, offered in no form
            Topic spam = new Topic("SPAM", "Spam", Topic.Group.OTHER, 999);
            spam.setActive(false);
            em.persist(spam);
        }
        if (count("OrgUnit") == 0) {
            read("reference/units.csv", r -> em.persist(new OrgUnit(r.get("code"), r.get("name"))));
        }
        if (count("Holiday") == 0) {
            read("reference/holidays.csv", r -> em.persist(new Holiday(LocalDate.parse(r.get("date")),
                    r.get("name"), Holiday.Kind.valueOf(r.get("kind")))));
        }
    }

    private long count(String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
    }

    private static void read(String resource, Consumer<CSVRecord> action) {
        var stream = ReferenceData.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
