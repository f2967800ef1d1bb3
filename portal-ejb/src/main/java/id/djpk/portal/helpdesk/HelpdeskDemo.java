package id.djpk.portal.helpdesk;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

/**
 * Demo tickets and knowledge-base entries, so that a fresh portal shows the queues, a Layer 2 escalation,
 * the FAQ and a month of figures with its comparison months. Called once from {@code DemoData.load}.
 */
@Stateless
public class HelpdeskDemo implements id.djpk.portal.demo.DemoLoader {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private HelpdeskService helpdesk;

    @Inject
    private TicketQueues queues;

    @Inject
    private OfficeClock clock;

    @Inject
    private CalendarService calendar;

    /** Returns the number of tickets created. */
    public int load() {
        Instant now = clock.now();
        article("Kapan DAU disalurkan?", "DAU disalurkan setiap bulan melalui pemindahbukuan dari RKUN ke RKUD, sesuai "
                + "ketentuan penyaluran yang berlaku.", "DAU", "DTU", now);
        article("Bagaimana cara menghitung retribusi parkir di tepi jalan umum?", "Tarif retribusi ditetapkan dengan "
                + "peraturan daerah; lihat ketentuan pajak daerah dan retribusi daerah.", "PDRD", "PDRD", now);
        article("Siapa yang mengisi data APBD di SIKD?", "Operator pada BPKAD masing-masing daerah, dengan akun yang "
                + "diberikan DJPK.", "APLIKASI", "SIPT", now);
        article("Kapan Dana Desa tahap I dapat disalurkan?", "Setelah syarat penyaluran tahap I dipenuhi dan diunggah "
                + "oleh pemerintah daerah.", "DANA_DESA", "DDIOKK", now);

        int count = 0;
        Opened dau = helpdesk.open(new Intake(Channel.WEB_FORM, null, "Rina Marlina", "rina.bpkad@demo.djpk.invalid",
                "0812-1111-2222", "32.73", "BPKAD Kota Bandung", UserCategory.PEMDA, Set.of("DAU"),
                "Rincian alokasi DAU 2026", "Mohon informasi rincian alokasi DAU Kota Bandung tahun 2026.", false),
                AuditTrail.SYSTEM, now.minusSeconds(3 * 3600));
        count++;
        Ticket escalated = queues.get(dau.number());
        WorkingDays days = calendar.workingDays();
        escalated.escalate("DTU", "Minta rincian alokasi DAU Kota Bandung 2026", "agent", now.minusSeconds(3000),
                days.deadlineFrom(now.minusSeconds(3000), L2Score.CALLBACK_WORKING_DAYS).due());
        helpdesk.open(new Intake(Channel.TELEPON, null, "Yohanes Wenda", null, "0813-4444-5555", "91.71",
                "BPKAD Kota Jayapura", UserCategory.PEMDA, Set.of("PDRD"), "Retribusi parkir",
                "Penanya menanyakan dasar penghitungan retribusi parkir tepi jalan umum.", false),
                AuditTrail.SYSTEM, now.minusSeconds(2 * 3600));
        count++;
        helpdesk.open(new Intake(Channel.EMAIL, null, "Dimas Pratama", "dimas@demo.djpk.invalid", null, null,
                "Universitas Gadjah Mada", UserCategory.AKADEMISI, Set.of("PERMINTAAN_DATA"), "Data realisasi APBD",
                "Saya mahasiswa, membutuhkan data realisasi APBD 2020-2024 untuk skripsi.", false),
                AuditTrail.SYSTEM, now.minusSeconds(3600));
        count++;

        // a history for the figures page: last month and the same month a year before
        YearMonth month = clock.thisMonth();
        count += history("demo-m1", month.minusMonths(1), days, 6);
        count += history("demo-m12", month.minusMonths(12), days, 4);
        return count;
    }

    private int history(String prefix, YearMonth month, WorkingDays days, int n) {
        LocalDate tuesday = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        List<String> regions = List.of("32.73", "91.71", "73.71", "32.73", "11", "32.73");
        List<String> topics = List.of("DAU", "PDRD", "DANA_DESA", "DAU", "APLIKASI", "DBH");
        // subjects as requesters write them (no topic codes)
        List<String> subjects = List.of("Jadwal penyaluran DAU bulan ini", "Tarif pajak daerah untuk hotel",
                "Syarat penyaluran Dana Desa tahap II", "Kurang bayar DAU tahun lalu", "Lupa kata sandi aplikasi SIKD",
                "Rincian alokasi DBH sawit");
        Channel[] channels = {Channel.WHATSAPP, Channel.TELEPON, Channel.EMAIL, Channel.WHATSAPP, Channel.LIVE_CHAT,
                Channel.WHATSAPP};
        for (int i = 0; i < n; i++) {
            Instant created = tuesday.atTime(LocalTime.of(8 + 2 * i, 15)).atZone(clock.zone()).toInstant();
            boolean escalate = i % 2 == 0;
            Instant escalated = escalate ? created.plusSeconds(1800) : null;
            Instant drafted = escalate ? created.plusSeconds(86_400L * (1 + i)) : null;
            Instant closed = created.plusSeconds(86_400L * (2 + i));
            helpdesk.recordHistory(new ImportRow(i + 2, prefix + "-" + i, created, channels[i % channels.length],
                    "Penanya " + (i + 1), prefix + "-" + (i % 3) + "@demo.djpk.invalid", null,
                    i == 2 ? UserCategory.LAINNYA : UserCategory.PEMDA, regions.get(i % regions.size()), null,
                    Set.of(topics.get(i % topics.size())), subjects.get(i % subjects.size()), "agent",
                    created.plusSeconds(900), escalated, escalate ? "DTU" : null, drafted, closed,
                    3 + i % 3, 3 + (i + 1) % 3), days);
        }
        return n;
    }

    private void article(String question, String answer, String topic, String unit, Instant now) {
        KnowledgeArticle a = new KnowledgeArticle(question, answer, topic, unit, true, AuditTrail.SYSTEM, now);
        a.markReviewed(AuditTrail.SYSTEM, now);
        em.persist(a);
    }
}
