package id.djpk.portal.web.home;

import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.email.LaporMailbox;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.helpdesk.TicketQuery;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.ppid.PpidDesk;
import id.djpk.portal.ppid.QueueItem;
import id.djpk.portal.ppid.RequestStatus;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationStatus;
import id.djpk.portal.report.MonthlyReport;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.visit.VisitDesk;
import id.djpk.portal.visit.VisitStatus;
import id.djpk.portal.web.helpdesk.StaffUnit;
import id.djpk.portal.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Each role's home at a glance: what waits for the signed-in staff member, counted from the capability's own
 * service, each number linking to the list it counts. A staff member with several roles sees one section per
 * role. Labels are message keys ({@code dashboard.*}); the page formats the numbers.
 */
@Named("dashboard")
@RequestScoped
public class Dashboard {

    /** One number: its label (a message key), the count, where it leads, and whether it asks for attention. */
    public static final class Tile {
        private final String id;
        private final String label;
        private final long count;
        private final String path;
        private final boolean warning;

        Tile(String id, String label, long count, String path, boolean warning) {
            this.id = id;
            this.label = label;
            this.count = count;
            this.path = path;
            this.warning = warning;
        }

        public String getId() { return id; }
        public String getLabel() { return label; }
        public long getCount() { return count; }
        public String getPath() { return path; }
        /** The count is above zero and means something is late or failing. */
        public boolean isWarning() { return warning && count > 0; }
    }

    /** A role's part of the home page: its heading (a message key), its numbers and an optional line of text. */
    public static final class Section {
        private final String id;
        private final String title;
        private final List<Tile> tiles = new ArrayList<>();
        private String note;
        private String noteParam;

        Section(String id, String title) {
            this.id = id;
            this.title = title;
        }

        Section tile(String tileId, String label, long count, String path, boolean warning) {
            tiles.add(new Tile(id + "-" + tileId, label, count, path, warning));
            return this;
        }

        public String getId() { return id; }
        public String getTitle() { return title; }
        public List<Tile> getTiles() { return tiles; }
        public String getNote() { return note; }
        public String getNoteParam() { return noteParam; }
    }

    @Inject
    private CurrentUser user;

    @Inject
    private OfficeClock clock;

    @Inject
    private PpidDesk ppid;

    @Inject
    private TicketQueues helpdesk;

    @Inject
    private VisitDesk visits;

    @Inject
    private ReportService reports;

    @Inject
    private PublicationService publications;

    @Inject
    private StaffDirectory staff;

    @Inject
    private MailService mail;

    @Inject
    private CalendarService calendar;

    @Inject
    private StaffUnit staffUnit;

    @Inject
    private LaporMailbox laporMailbox;

    private List<Section> sections;

    public List<Section> getSections() {
        if (sections == null) {
            sections = new ArrayList<>();
            if (user.is(Role.AGENT.name())) {
                sections.add(agent());
            }
            if (user.is(Role.L2.name())) {
                sections.add(layer2());
            }
            if (user.is(Role.PPID.name()) || user.is(Role.PPID_SUPERIOR.name())) {
                sections.add(ppid());
            }
            if (user.is(Role.DESK.name())) {
                sections.add(desk());
            }
            if (user.is(Role.REPORT_EDITOR.name())) {
                sections.add(editor());
            }
            if (user.is(Role.PUBLISHER.name()) || user.isAdmin()) {
                sections.add(publisher());
            }
            if (user.isAdmin()) {
                sections.add(admin());
            }
        }
        return sections;
    }

    private Section agent() {
        Section s = new Section("agent", "dashboard.agent");
        String me = user.getName();
        s.tile("unassigned", "helpdeskQueue.UNASSIGNED", queue(TicketQuery.Queue.UNASSIGNED, me), queueLink("UNASSIGNED"), false);
        s.tile("mine", "helpdeskQueue.MINE", queue(TicketQuery.Queue.MINE, me), queueLink("MINE"), false);
        s.tile("waiting", "helpdeskQueue.WAITING_L2", queue(TicketQuery.Queue.WAITING_L2, me), queueLink("WAITING_L2"), false);
        s.tile("callback", "helpdeskQueue.CALLBACK_OVERDUE", queue(TicketQuery.Queue.CALLBACK_OVERDUE, me),
                queueLink("CALLBACK_OVERDUE"), true);
        s.tile("laporEmail", "dashboard.laporEmail", laporEmails(), "/lapor/surel.xhtml", false);
        return s;
    }

    /** Reports e-mailed to the Email Lapor mailbox waiting to be classified: agents and every Layer 2 may. */
    private long laporEmails() {
        return laporMailbox.waitingCount();
    }

    private long queue(TicketQuery.Queue queue, String agent) {
        return helpdesk.count(TicketQuery.of(queue, agent, 0, 1));
    }

    private static String queueLink(String queue) {
        return "/helpdesk/antrian.xhtml?antrian=" + queue;
    }

    private Section layer2() {
        Section s = new Section("l2", "dashboard.l2");
        String unit = staffUnit.getCode();
        s.tile("drafts", "dashboard.l2.toAnswer", unit == null ? 0 : helpdesk.count(TicketQuery.unit(unit, 0, 1)),
                "/helpdesk/l2/antrian.xhtml", false);
        s.tile("laporEmail", "dashboard.laporEmail", laporEmails(), "/lapor/surel.xhtml", false);
        return s;
    }

    private Section ppid() {
        Section s = new Section("ppid", "dashboard.ppid");
        List<QueueItem> queue = ppid.queue();
        long overdue = queue.stream().filter(QueueItem::overdue).count();
        long soon = queue.stream().filter(q -> !q.overdue() && q.dueSoon()).count();
        long objections = queue.stream().filter(q -> q.status() == RequestStatus.OBJECTED).count();
        s.tile("overdue", "dashboard.ppid.overdue", overdue, "/ppid/antrian.xhtml", true);
        s.tile("soon", "dashboard.ppid.dueSoon", soon, "/ppid/antrian.xhtml", false);
        s.tile("open", "dashboard.ppid.open", queue.size() - objections, "/ppid/antrian.xhtml", false);
        s.tile("objections", "dashboard.ppid.objections", objections, "/ppid/antrian.xhtml", false);
        return s;
    }

    private Section desk() {
        Section s = new Section("desk", "dashboard.desk");
        LocalDate today = visits.today();
        s.tile("requests", "dashboard.desk.toSchedule", visits.queue().size(), "/kunjungan/antrian.xhtml", false);
        s.tile("today", "dashboard.desk.today",
                visits.scheduled(today, today, EnumSet.of(VisitStatus.CONFIRMED, VisitStatus.HELD)).size(),
                "/kunjungan/resepsionis.xhtml", false);
        return s;
    }

    private Section editor() {
        Section s = new Section("editor", "dashboard.editor");
        YearMonth month = YearMonth.from(reports.today()).minusMonths(1);
        Optional<MonthlyReport> report = reports.find(month);
        s.tile("toEnter", "dashboard.editor.toEnter", reports.figuresToEnter(month), "/laporan/laporan.xhtml?bulan=" + month, false);
        s.note = "dashboard.editor.state." + report.map(r -> r.getState().name()).orElse("NONE");
        s.noteParam = month.toString();
        return s;
    }

    private Section publisher() {
        Section s = new Section("publisher", "dashboard.publisher");
        s.tile("drafts", "dashboard.publisher.drafts", publications.staffList(null, PublicationStatus.DRAFT, null, 0, 1).total(),
                "/publikasi/daftar.xhtml?status=DRAFT", false);
        s.tile("scheduled", "dashboard.publisher.scheduled", publications.countScheduled(),
                "/publikasi/daftar.xhtml?status=PUBLISHED", false);
        return s;
    }

    private Section admin() {
        Section s = new Section("admin", "dashboard.admin");
        List<StaffAccount> accounts = staff.all();
        s.tile("accounts", "dashboard.admin.accounts", accounts.stream().filter(StaffAccount::isEnabled).count(),
                "/admin/pengguna.xhtml", false);
        s.tile("failing", "dashboard.admin.mailFailing", mail.failing(), "/admin/kotak-keluar.xhtml", true);
        if (!mail.smtpConfigured()) {
            s.tile("held", "dashboard.admin.mailHeld", mail.held(), "/admin/kotak-keluar.xhtml", false);
        }
        s.tile("holidayYears", "dashboard.admin.holidaysMissing",
                calendar.missingYears(clock.today()).size(), "/admin/hari-libur.xhtml", true);
        return s;
    }
}
