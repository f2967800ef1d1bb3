package id.djpk.portal.demo;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.publication.EventKind;
import id.djpk.portal.publication.LegalStatus;
import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationImport;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.RegulationMetadata;
import id.djpk.portal.system.AppSetting;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Loads the demo data once, on the first start of an empty database. */
@Stateless
public class DemoData {

    public static final String LOADED_KEY = "demo.loaded";

    /** One account per role of DOMAIN.md; {@code l2-dtu} is the Layer 2 team of unit DTU, {@code hai} the HAI Kemenkeu integration. */
    public record DemoAccount(String username, String fullName, Set<Role> roles, String unit) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Administrator Portal", Set.of(Role.ADMIN), null),
            new DemoAccount("publisher", "Pengelola Publikasi", Set.of(Role.PUBLISHER), null),
            new DemoAccount("agent", "Agen Contact Center", Set.of(Role.AGENT), null),
            new DemoAccount("l2-dtu", "Tim Layer 2 DTU", Set.of(Role.L2), "DTU"),
            new DemoAccount("ppid", "Petugas PPID", Set.of(Role.PPID), null),
            new DemoAccount("ppid-superior", "Atasan PPID", Set.of(Role.PPID_SUPERIOR), null),
            new DemoAccount("desk", "Meja Reservasi", Set.of(Role.DESK), null),
            new DemoAccount("editor", "Editor Laporan", Set.of(Role.REPORT_EDITOR), null),
            new DemoAccount("hai", "HAI Kemenkeu (integrasi)", Set.of(Role.INTEGRATION), null));

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    private PublicationImport imports;

    @Inject
    private AuditTrail audit;

    @Inject
    private OfficeClock clock;

    @Inject
    @Any
    private Instance<DemoLoader> loaders;

    public boolean isLoaded() {
        return em.find(AppSetting.class, LOADED_KEY) != null;
    }

    /** Loads accounts, publications and then every capability's {@link DemoLoader}; returns the number of publications. */
    public int load(String password) {
        if (isLoaded()) {
            return 0;
        }
        for (DemoAccount a : ACCOUNTS) {
            if (staff.findByUsername(a.username()).isEmpty()) {
                staff.create(a.username(), a.fullName(), a.username() + "@demo.djpk.invalid", password, a.roles(), a.unit(),
                        AuditTrail.SYSTEM);
            }
        }
        int count = 0;
        for (PublicationDraft draft : publications()) {
            if (DemoDocument.hasDocument(draft)) {
                imports.importPublished(draft, AuditTrail.SYSTEM, DemoDocument.render(draft), DemoDocument.fileName(draft));
            } else {
                imports.importPublished(draft, AuditTrail.SYSTEM);
            }
            count++;
        }
        loaders.handlesStream().sorted(Comparator.comparing(h -> h.getBean().getBeanClass().getName()))
                .forEach(h -> h.get().load());
        em.persist(new AppSetting(LOADED_KEY, clock.now().toString()));
        audit.recordAs(AuditTrail.SYSTEM, "DEMO_DATA_LOADED", "AppSetting", LOADED_KEY, count + " publications");
        return count;
    }

    /** The publications and events of the seed reports, shipped as {@code demo/publications.csv}. */
    public static List<PublicationDraft> publications() {
        List<PublicationDraft> drafts = new ArrayList<>();
        var stream = DemoData.class.getClassLoader().getResourceAsStream("demo/publications.csv");
        if (stream == null) {
            throw new IllegalStateException("demo/publications.csv missing");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                drafts.add(draft(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drafts;
    }

    private static PublicationDraft draft(CSVRecord r) {
        PublicationDraft d = new PublicationDraft();
        d.setType(PublicationType.valueOf(r.get("type")));
        d.setTitle(r.get("title"));
        d.setDocDate(LocalDate.parse(r.get("doc_date")));
        d.setSummary(blank(r.get("summary")));
        d.setLetterNumber(blank(r.get("letter_number")));
        d.setRecordingUrl(blank(r.get("recording_url")));
        String topics = r.get("topics");
        d.setTopics(topics.isBlank() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(topics.split("\\|"))));
        if (d.getType() == PublicationType.PERATURAN) {
            RegulationMetadata m = new RegulationMetadata();
            m.setKind(r.get("reg_kind"));
            m.setAbbreviation(r.get("reg_abbrev"));
            m.setNumber(r.get("reg_number"));
            m.setYear(Integer.valueOf(r.get("reg_year")));
            m.setAbout(r.get("reg_about"));
            LocalDate enacted = d.getDocDate().getYear() == m.getYear() ? d.getDocDate() : LocalDate.of(m.getYear(), 12, 31);
            m.setDateEnacted(enacted);
            m.setPlaceEnacted("Jakarta");
            m.setStatus(LegalStatus.BERLAKU);
            m.setLanguage("Bahasa Indonesia");
            m.setIssuingBody(issuingBody(m.getAbbreviation()));
            m.setSource("Portal DJPK");
            m.setLegalField("Keuangan Negara");
            m.setSubject(m.getAbout().length() > 300 ? m.getAbout().substring(0, 300) : m.getAbout());
            d.setRegulation(m);
        }
        if (d.getType() == PublicationType.KEGIATAN) {
            d.setEventKind(EventKind.valueOf(r.get("event_kind")));
            d.setEventStart(LocalDateTime.parse(r.get("event_start")).atZone(OfficeClock.DEFAULT_ZONE).toInstant());
        }
        return d;
    }

    private static String issuingBody(String abbreviation) {
        return switch (abbreviation) {
            case "PERPRES", "PP" -> "Indonesia, Pemerintah Pusat";
            case "PMK", "KMK" -> "Indonesia, Kementerian Keuangan";
            default -> "Indonesia, Direktorat Jenderal Perimbangan Keuangan";
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
