package id.djpk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.helpdesk.AgentDesk;
import id.djpk.portal.helpdesk.CallbackReminders;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.FilterShares;
import id.djpk.portal.helpdesk.HelpdeskFigures;
import id.djpk.portal.helpdesk.HelpdeskFiguresQuery;
import id.djpk.portal.helpdesk.HelpdeskImport;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.HoursVerdict;
import id.djpk.portal.helpdesk.ImportReport;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.KnowledgeArticle;
import id.djpk.portal.helpdesk.KnowledgeBase;
import id.djpk.portal.helpdesk.Layer2Desk;
import id.djpk.portal.helpdesk.Opened;
import id.djpk.portal.helpdesk.Survey;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.helpdesk.TicketQuery;
import id.djpk.portal.helpdesk.TicketStatus;
import id.djpk.portal.helpdesk.UserCategory;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.RegulationMetadata;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.TooManyAttemptsException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The helpdesk services against a real database inside Payara Micro: on H2 ({@code HelpdeskServicesIT}) and
 * on PostgreSQL ({@code HelpdeskServicesPostgresIT}). Data that must not meet other runs' data on a kept
 * PostgreSQL database (external ids, the month of the known data set) is drawn at random per run.
 */
public abstract class HelpdeskServicesContract {

    @Inject
    HelpdeskService helpdesk;
    @Inject
    AgentDesk desk;
    @Inject
    Layer2Desk layer2;

    @Inject
    id.djpk.portal.testing.AsAdministrator asAdministrator;
    @Inject
    TicketQueues queues;
    @Inject
    FilterShares shares;
    @Inject
    HelpdeskFiguresQuery figures;
    @Inject
    CallbackReminders callbacks;
    @Inject
    HelpdeskImport imports;
    @Inject
    KnowledgeBase knowledge;
    @Inject
    MailService mail;
    @Inject
    PublicationService publications;
    @Inject
    CalendarService calendar;
    @Inject
    StaffDirectory staff;

    static String unique() {
        return Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
    }

    static Intake form(String email, String subject) {
        return Intake.webForm("Siti Aminah", email, subject, "Kapan DAU tahap II disalurkan?", "32.73",
                "BPKAD Kota Bandung", "0811-150420-7");
    }

    /** A web-form ticket whose subject and e-mail address carry {@code marker}, the search term that finds it. */
    String marked(String marker, String who, String subject) {
        return helpdesk.submit(form(marker + "-" + who + "@example.go.id", marker + " " + subject)).number();
    }

    @Test
    void wrongCodesForOneTicketAreLimitedLikeAnyNumber() {
        Opened opened = helpdesk.submit(form("budi-" + unique() + "@example.go.id", "Dana Desa"));
        for (int i = 0; i < 9; i++) {
            assertTrue(helpdesk.findForRequester(opened.number(), "AAAA-BBBB-CCCC-DDDD").isEmpty());
        }
        // a reply with a wrong code counts too, though the reply is refused
        assertEquals("helpdesk.notFound", assertThrows(BusinessException.class,
                () -> helpdesk.requesterReply(opened.number(), "AAAA-BBBB-CCCC-DDDD", "Halo")).getKey());
        assertThrows(TooManyAttemptsException.class, () -> helpdesk.findForRequester(opened.number(), opened.accessCode()));
        assertThrows(TooManyAttemptsException.class, () -> helpdesk.requesterReply(opened.number(), opened.accessCode(), "Halo"));
    }

    @Test
    void publicFormOpensATicketWithAnAccessLink() {
        String email = "siti-" + unique() + "@example.go.id";
        Opened opened = helpdesk.submit(form(email, "Penyaluran DAU"));
        assertTrue(opened.number().matches("TIK-\\d{4}-\\d{6}"));
        Ticket t = helpdesk.findForRequester(opened.number(), opened.accessCode()).orElseThrow();
        assertEquals(TicketStatus.NEW, t.getStatus());
        assertEquals(Channel.WEB_FORM, t.getChannel());
        assertEquals(TimeZoneCode.WIB, t.getTimeZone(), "Kota Bandung is in WIB");
        assertTrue(helpdesk.findForRequester(opened.number(), "wrong").isEmpty());
        assertFalse(t.getContact().isConsent(), "no consent unless given");
        Opened again = helpdesk.submit(Intake.webForm("Siti Aminah", email, "Lagi", "Pesan", "32.73", null, null, true));
        Ticket second = queues.get(again.number());
        assertEquals(t.getContact().getId(), second.getContact().getId());
        assertTrue(second.getContact().isConsent(), "consent to announcements kept on the contact");
        assertEquals(List.of(second.getNumber(), t.getNumber()),
                queues.regionHistory("32.73").stream().map(Ticket::getNumber)
                        .filter(n -> n.equals(second.getNumber()) || n.equals(t.getNumber())).toList(),
                "the region's timeline, newest first");
        List<OutboxMessage> sent = mail.about("TICKET", opened.number());
        assertEquals(1, sent.size(), "the acknowledgement");
        assertTrue(sent.get(0).getBody().contains(opened.accessCode()), "the acknowledgement carries the access link");
        assertTrue(sent.get(0).getBody().contains("/tiket/lihat?nomor=" + opened.number() + "#kode=" + opened.accessCode()),
                "the code in the link's fragment, not its query: " + sent.get(0).getBody());
        assertTrue(helpdesk.findForRequester(opened.number(), opened.accessCode().toLowerCase(java.util.Locale.ROOT).replace("-", ""))
                .isPresent(), "typed in lower case without dashes");

        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> helpdesk.submit(Intake.webForm("", "", "", "", null, null, null)));
        assertEquals(Set.of("name", "email", "subject", "message"),
                Set.copyOf(missing.getViolations().stream().map(v -> v.field()).toList()));
        assertEquals("helpdesk.import.unknownRegion", assertThrows(InvalidInputException.class,
                () -> desk.classify(opened.number(), UserCategory.PEMDA, "99.99", List.of())).getKey());
    }

    @Test
    void theAcknowledgementCarriesNoUserTextAndComesAFewTimesADayPerAddress() {
        String email = "relay-" + unique() + "@example.go.id";
        String spam = "MENANG UNDIAN! Klik http://contoh.invalid";
        Opened first = helpdesk.submit(form(email, spam));
        OutboxMessage ack = mail.about("TICKET", first.number()).get(0);
        assertEquals("[" + first.number() + "] Tiket diterima / Ticket received", ack.getSubject(),
                "the subject is DJPK's own words, whatever the requester typed");
        assertFalse(ack.getBody().contains("MENANG"), ack.getBody());
        for (int i = 1; i < HelpdeskService.ACKNOWLEDGEMENTS_PER_DAY; i++) {
            Opened o = helpdesk.submit(form(email.toUpperCase(), spam + " " + i));
            assertEquals(1, mail.about("TICKET", o.number()).size(), "acknowledgement " + (i + 1));
        }
        Opened over = helpdesk.submit(form(email, spam));
        assertNotNull(helpdesk.findForRequester(over.number(), over.accessCode()).orElse(null),
                "the ticket is opened all the same, its link shown on the page");
        assertEquals(List.of(), mail.about("TICKET", over.number()), "no more e-mail to this address today");
        Opened other = helpdesk.submit(form("lain-" + unique() + "@example.go.id", spam));
        assertEquals(1, mail.about("TICKET", other.number()).size(), "another address is counted on its own");
    }

    @Test
    void theUnitIsRemindedTheWorkingDayBeforeItsCallbackDeadlineOnce() {
        String unitMail = "l2-dtu-" + unique() + "@kemenkeu.go.id";
        staff.create("l2-dtu-" + unique(), "Tim DTU", unitMail, "Sandi-Unit-Panjang-" + unique(), Set.of(Role.L2), "DTU");
        String n = helpdesk.submit(form("pengingat-" + unique() + "@example.go.id", "Rincian DBH")).number();
        desk.assignToMe(n);
        LocalDate due = desk.escalate(n, "DTU", "Minta rincian DBH sawit").getCallbackDue();
        LocalDate dayBefore = due.minusDays(1);
        while (!calendar.workingDays().isWorkingDay(dayBefore)) {
            dayBefore = dayBefore.minusDays(1);
        }
        assertTrue(callbacks.send(dayBefore) >= 1);
        var reminders = mail.about("TICKET", n).stream().filter(m -> m.getRecipient().equals(unitMail)
                && m.getSubject().startsWith("[" + n + "] Pengingat")).toList();
        assertEquals(1, reminders.size(), "one reminder to the unit's account");
        assertTrue(reminders.get(0).getBody().contains("batasnya hari kerja berikutnya"), reminders.get(0).getBody());
        assertEquals(0, callbacks.send(dayBefore), "once a day, however many instances ask");
    }

    @Test
    void escalationCycle() throws Exception {
        String email = "cycle-" + unique() + "@example.go.id";
        Opened opened = helpdesk.submit(form(email, "Alokasi DAU 2025"));
        String n = opened.number();
        desk.assignToMe(n);
        desk.classify(n, UserCategory.PEMDA, "91.71", List.of("DAU"));
        assertEquals(TimeZoneCode.WIT, queues.get(n).getTimeZone(), "the region decides the zone");

        String unitMail = "l2-dtu-" + unique() + "@kemenkeu.go.id";
        staff.create("l2-dtu-" + unique(), "Tim DTU", unitMail, "Sandi-Unit-Panjang-" + unique(), Set.of(Role.L2), "DTU");
        Ticket escalated = desk.escalate(n, "DTU", "Minta rincian alokasi DAU Kota Jayapura");
        assertEquals(TicketStatus.WAITING_L2, escalated.getStatus());
        // the unit is told by e-mail, with the deadline and the agent's summary, without the requester's words
        var told = mail.about("TICKET", n).stream().filter(m -> m.getRecipient().equals(unitMail)).toList();
        assertEquals(1, told.size(), "one e-mail to the unit's Layer 2 account");
        assertTrue(told.get(0).getSubject().startsWith("[" + n + "] Eskalasi ke unit DTU"), told.get(0).getSubject());
        assertTrue(told.get(0).getBody().contains("Minta rincian alokasi DAU Kota Jayapura")
                && told.get(0).getBody().contains("/portal/helpdesk/l2/tiket.xhtml?nomor=" + n), told.get(0).getBody());
        LocalDate due = calendar.workingDays().deadlineFrom(escalated.getEscalatedAt(), 3).due();
        assertEquals(due, escalated.getCallbackDue(), "callback within 3 working days");
        assertEquals("helpdesk.alreadyEscalated", assertThrows(BusinessException.class,
                () -> desk.escalate(n, "DTK", "lagi")).getKey());
        assertTrue(queues.search(TicketQuery.unit("DTU", 0, 500)).tickets().stream().anyMatch(t -> t.getNumber().equals(n)));
        assertTrue(queues.search(TicketQuery.unit("DTK", 0, 500)).tickets().stream().noneMatch(t -> t.getNumber().equals(n)),
                "another unit's queue does not show it");
        assertEquals("helpdesk.notWaitingOnUnit", assertThrows(BusinessException.class,
                () -> asAdministrator.call(() -> layer2.draft(n, "DTK", "bukan unit kami"))).getKey());
        assertEquals("helpdesk.waitingOnL2", assertThrows(BusinessException.class, () -> desk.close(n)).getKey());

        Ticket drafted = asAdministrator.call(() -> layer2.draft(n, "DTU",
                "Alokasi DAU Kota Jayapura 2025 tercantum dalam Perpres rincian APBN."));
        assertEquals(120, drafted.getL2Score(), "drafted on the day of escalation");
        assertNotNull(drafted.getL2AnsweredAt());
        assertEquals(TicketStatus.OPEN, drafted.getStatus(), "back with the agent, who reviews and sends");
        assertFalse(drafted.publicThread().stream().anyMatch(m -> m.getKind() == TicketMessage.Kind.L2_DRAFT),
                "the draft is not shown to the requester");

        Ticket answered = desk.reply(n, drafted.getL2Draft() + " Terima kasih.");
        assertEquals(TicketStatus.ANSWERED, answered.getStatus());
        assertNotNull(answered.getFirstResponseAt());
        assertTrue(mail.about("TICKET", n).stream().anyMatch(m -> m.getBody().contains("Perpres rincian APBN")));

        helpdesk.requesterReply(n, opened.accessCode(), "Baik, terima kasih. Apakah ada lampirannya?");
        assertEquals(TicketStatus.OPEN, queues.get(n).getStatus(), "a reply from the requester opens it again");
        desk.reply(n, "Lampiran tersedia di situs DJPK.");

        String survey = desk.close(n);
        assertEquals(TicketStatus.CLOSED, queues.get(n).getStatus());
        assertTrue(mail.about("TICKET", n).stream().anyMatch(m -> m.getBody().contains(survey)), "survey link mailed");
        assertEquals(Survey.State.OPEN, helpdesk.surveyState(survey));
        assertEquals("helpdesk.ratingRange", assertThrows(InvalidInputException.class,
                () -> helpdesk.rate(survey, 6, 4, null)).getKey());
        helpdesk.rate(survey, 5, 4, "Jelas");
        assertEquals("helpdesk.surveyUsed", assertThrows(BusinessException.class,
                () -> helpdesk.rate(survey, 1, 1, null)).getKey(), "one use");
        Ticket rated = queues.get(n);
        assertEquals(5, rated.getRatingService());
        assertEquals(4, rated.getRatingAnswer());

        assertEquals("helpdesk.closed", assertThrows(BusinessException.class, () -> desk.reply(n, "lagi")).getKey());
        desk.reopen(n);
        assertEquals(TicketStatus.OPEN, queues.get(n).getStatus());
        assertEquals(5, queues.get(n).getRatingService(), "a given rating stays");
    }

    @Test
    void bulkActionsDoEachTicketAsAloneAndNameTheRefusedOnes() {
        String a = helpdesk.submit(form("bulk-a-" + unique() + "@example.go.id", "Massal A")).number();
        String b = helpdesk.submit(form("bulk-b-" + unique() + "@example.go.id", "Massal B")).number();
        String c = helpdesk.submit(form("bulk-c-" + unique() + "@example.go.id", "Massal C")).number();
        desk.escalate(c, "DTU", "Menunggu unit");

        AgentDesk.BulkOutcome closed = desk.closeAll(List.of(a, c, "TIK-1999-999999"));
        assertEquals(List.of(a), closed.done());
        assertEquals("helpdesk.waitingOnL2", closed.refused().get(c).getKey());
        assertEquals("helpdesk.notFound", closed.refused().get("TIK-1999-999999").getKey());
        assertEquals(TicketStatus.CLOSED, queues.get(a).getStatus(), "a refusal does not undo the others");
        assertEquals(TicketStatus.WAITING_L2, queues.get(c).getStatus());
        assertTrue(mail.about("TICKET", a).stream().anyMatch(m -> m.getBody().contains("/tiket/survei")), "the survey as for one");

        String agent = "agen-massal-" + unique();
        staff.create(agent, "Agen Massal", agent + "@kemenkeu.go.id", "Sandi-Agen-Panjang-" + unique(), Set.of(Role.AGENT), null);
        assertTrue(desk.agents().contains(agent));
        AgentDesk.BulkOutcome assigned = desk.assignAll(List.of(a, b), agent);
        assertEquals(List.of(b), assigned.done());
        assertEquals("helpdesk.closed", assigned.refused().get(a).getKey());
        assertEquals(agent, queues.get(b).getAgent());
        assertEquals(TicketStatus.OPEN, queues.get(b).getStatus());

        var counts = queues.counts(agent, List.of(TicketQuery.Queue.MINE, TicketQuery.Queue.OPEN, TicketQuery.Queue.ALL));
        assertEquals(1, counts.get(TicketQuery.Queue.MINE));
        assertTrue(counts.get(TicketQuery.Queue.OPEN) < counts.get(TicketQuery.Queue.ALL), "closed tickets are not open");
        assertEquals(queues.count(TicketQuery.of(TicketQuery.Queue.OPEN, agent, 0, 1)), counts.get(TicketQuery.Queue.OPEN));
        assertTrue(queues.next(TicketQuery.of(TicketQuery.Queue.MINE, agent, 0, 200), b).isEmpty(), "no other ticket of the agent");
    }

    @Test
    void theSearchFindsEveryTermAtTheBeginningOfAWordOfNumberSubjectRequesterOrInstitution() {
        String u = unique();
        String w = "cari" + u;
        Opened sleman = helpdesk.submit(Intake.webForm("Kadek Ayu Prameswari", "kadek-" + u + "@example.go.id",
                "Rekonsiliasi DBH " + w + " Kabupaten Sleman", "Mohon penjelasan.", "34.04", "Pemerintah Kabupaten Bantúl",
                "0811-150420-7"));
        Opened other = helpdesk.submit(Intake.webForm("Budi O'Brien", "budi-" + u + "@example.go.id",
                "Penyaluran DAU " + w, "Mohon penjelasan.", "32.73", "BPKAD Kota Bandung", "0811-150420-8"));
        java.util.function.Function<String, List<String>> found = text -> queues.search(new TicketQuery(
                TicketQuery.Queue.ALL, null, null, null, null, null, null, text, null, false, 0, 50)).tickets().stream()
                .map(Ticket::getNumber).toList();
        assertEquals(List.of(other.number(), sleman.number()), found.apply(w), "newest first");
        assertEquals(List.of(sleman.number()), found.apply(w + " slem"), "each term, the beginning of a word");
        assertEquals(List.of(sleman.number()), found.apply("KADEK " + w.toUpperCase(java.util.Locale.ROOT)), "any case");
        assertEquals(List.of(sleman.number()), found.apply(w + " bantul"), "without accents, on either side");
        assertEquals(List.of(other.number()), found.apply(w + " o'brien"), "a quote in a word");
        assertEquals(List.of(other.number()), found.apply(w + " bandung,"), "punctuation around a term");
        assertEquals(List.of(), found.apply(w + " leman"), "not the middle of a word");
        assertEquals(List.of(), found.apply(w + " kadek budi"), "every term");
        assertEquals(List.of(), found.apply(w.substring(0, 4) + "%" + w.substring(5)), "a wildcard is a character like any other");
        assertEquals(List.of(), found.apply(w.substring(0, 4) + "_" + w.substring(5)), "so is an underscore");
        assertEquals(List.of(sleman.number()), found.apply(sleman.number().toLowerCase(java.util.Locale.ROOT)), "the number");
        String serial = sleman.number().substring(sleman.number().lastIndexOf('-') + 1);
        assertTrue(found.apply(serial).contains(sleman.number()), "the number's serial alone");
        assertEquals(List.of(other.number(), sleman.number()), found.apply(w + " " + sleman.number().substring(0, 9)),
                "the beginning of a number");
        assertEquals(2, queues.count(new TicketQuery(TicketQuery.Queue.ALL, null, null, null, null, null, null, w + " ",
                null, false, 0, 1)));
        assertTrue(queues.count(new TicketQuery(TicketQuery.Queue.ALL, null, null, null, null, null, null, " ,; ",
                null, false, 0, 1)) >= 2, "nothing but punctuation narrows nothing");

        // a term whose words the index holds more than TicketQueues.FEW_MATCHES times is looked up ticket by ticket in
        // the queue's order instead of fetched by id: the same tickets, pages and count
        String common = "zq" + Long.toString(System.nanoTime() % 60_466_176L, 36);
        StringBuilder subject = new StringBuilder();
        for (int i = 0; subject.length() < 285; i++) {
            subject.append(common).append(i).append(' ');
        }
        String words = subject.toString().strip();
        int perTicket = 2 * words.split(" ").length; // in the subject and again in the institution
        List<String> many = new ArrayList<>();
        for (int i = 0; i * perTicket <= 2000; i++) {
            many.add(0, helpdesk.submit(Intake.webForm("Siti Aminah", "umum-" + i + "-" + u + "@example.go.id", words,
                    "Mohon penjelasan.", "32.73", words, "0811-150420-7")).number());
        }
        TicketQuery commonQuery = new TicketQuery(TicketQuery.Queue.ALL, null, null, null, null, null, null, common, null,
                false, 0, 25);
        assertEquals(many.size(), queues.count(commonQuery));
        assertEquals(many.subList(0, 25), queues.page(commonQuery).stream().map(Ticket::getNumber).toList());
        assertEquals(many.subList(25, many.size()), queues.page(new TicketQuery(TicketQuery.Queue.ALL, null, null, null,
                null, null, null, common, null, false, 25, 25)).stream().map(Ticket::getNumber).toList());
        desk.escalate(many.get(3), "DTU", "Menunggu unit");
        assertEquals(List.of(many.get(3)), queues.page(new TicketQuery(TicketQuery.Queue.ALL, null, TicketStatus.WAITING_L2,
                null, null, null, null, common + "1 siti", null, false, 0, 25)).stream().map(Ticket::getNumber).toList(),
                "with a filter and a second term");
    }

    @Test
    void spamIsKeptWithTheTopicsAndEveryColumnSortsWithTheNewestFirstAmongEqualsAndReversesTheOtherWay() {
        String marker = "urut" + unique();
        String b = marked(marker, "b", "Bravo");
        String a1 = marked(marker, "a", "Alfa");
        String a2 = marked(marker, "a2", "Alfa");
        TicketQuery.Queue all = TicketQuery.Queue.ALL;
        java.util.function.BiFunction<String, Boolean, List<String>> sorted = (field, ascending) -> queues.page(
                new TicketQuery(all, null, null, null, null, null, null, marker, field, ascending, 0, 25))
                .stream().map(Ticket::getNumber).toList();
        // equal subjects: the newer ticket (a2) first; the other way, the same list reversed (V47)
        assertEquals(List.of(a2, a1, b), sorted.apply("subject", true));
        assertEquals(List.of(b, a1, a2), sorted.apply("subject", false));
        assertEquals(List.of(b, a1, a2), sorted.apply("number", true));
        assertEquals(List.of(a2, a1, b), sorted.apply("number", false));
        assertEquals(List.of(b, a1, a2), sorted.apply("createdAt", true));
        assertEquals(List.of(a2, a1, b), sorted.apply(null, false), "newest first by default");

        long allBefore = queues.count(TicketQuery.of(all, null, 0, 1));
        long spamBefore = queues.count(TicketQuery.of(TicketQuery.Queue.SPAM, null, 0, 1));
        Ticket flagged = desk.classify(a1, UserCategory.PEMDA, "32.73", List.of("DAU", TicketQuery.SPAM_TOPIC));
        assertTrue(flagged.isSpam(), "the flag follows the topics");
        assertEquals(List.of(a2, b), sorted.apply("subject", true), "spam leaves the other queues");
        assertEquals(List.of(a1), queues.page(new TicketQuery(TicketQuery.Queue.SPAM, null, null, null, null, null, null,
                marker, null, false, 0, 25)).stream().map(Ticket::getNumber).toList());
        assertEquals(allBefore - 1, queues.count(TicketQuery.of(all, null, 0, 1)));
        assertEquals(spamBefore + 1, queues.count(TicketQuery.of(TicketQuery.Queue.SPAM, null, 0, 1)));
        // queue "all" without a filter is counted from the table less the spam: the same as every status added up
        long byStatus = java.util.Arrays.stream(TicketStatus.values()).mapToLong(st -> queues.count(
                new TicketQuery(all, null, st, null, null, null, null, null, null, false, 0, 1))).sum();
        assertEquals(byStatus, queues.count(TicketQuery.of(all, null, 0, 1)));

        assertFalse(desk.classify(a1, UserCategory.PEMDA, "32.73", List.of("DAU")).isSpam(), "and is taken off with them");
        assertEquals(List.of(a2, a1, b), sorted.apply("subject", true));
        desk.classify(b, UserCategory.PEMDA, "32.73", List.of(TicketQuery.SPAM_TOPIC));
        assertTrue(desk.merge(b, a1).isSpam(), "a merge brings the duplicate's topics, spam among them");
        assertEquals(spamBefore + 2, queues.count(TicketQuery.of(TicketQuery.Queue.SPAM, null, 0, 1)),
                "the merged duplicate keeps its topics, and the ticket it was merged into is spam now");
    }

    @Test
    void theClosedTicketsOfQueueAllAreCountedAsTheQueueLessEveryOtherStatus() {
        String marker = "tutup" + unique();
        String open = marked(marker, "1", "Satu");
        String closed = marked(marker, "2", "Dua");
        String spam = marked(marker, "3", "Tiga");
        desk.close(closed);
        desk.classify(spam, UserCategory.PEMDA, "32.73", List.of(TicketQuery.SPAM_TOPIC));
        desk.close(spam);
        TicketQuery.Queue all = TicketQuery.Queue.ALL;
        java.util.function.Function<Channel, Long> closedOf = channel -> queues.count(
                new TicketQuery(all, null, TicketStatus.CLOSED, channel, null, null, null, null, null, false, 0, 1));
        long counted = closedOf.apply(null);
        // with a channel the closed tickets are counted one by one: every channel added up is the same
        assertEquals(java.util.Arrays.stream(Channel.values()).mapToLong(closedOf::apply).sum(), counted);
        desk.close(open);
        assertEquals(counted + 1, closedOf.apply(null), "a ticket closed is counted; the closed spam never");
    }

    @Test
    void aFilterValueHeldByMostTicketsIsCountedAsTheQueueLessTheOtherValues() {
        String marker = "porsi" + unique();
        marked(marker, "1", "Satu"); // no category yet: counted among the other values of every category
        String pemda = marked(marker, "2", "Dua");
        desk.classify(pemda, UserCategory.PEMDA, "32.73", List.of());
        String spam = marked(marker, "3", "Tiga");
        desk.classify(spam, UserCategory.PEMDA, "32.73", List.of(TicketQuery.SPAM_TOPIC));
        desk.close(spam);
        TicketQuery.Queue all = TicketQuery.Queue.ALL;
        long queue = queues.count(TicketQuery.of(all, null, 0, 1));
        java.util.function.Function<Enum<?>, TicketQuery> filtered = value -> new TicketQuery(all, null,
                value instanceof TicketStatus s ? s : null, value instanceof Channel c ? c : null,
                value instanceof UserCategory u ? u : null, null, null, null, null, false, 0, 1);
        List<Enum<?>> values = new ArrayList<>();
        values.addAll(java.util.Arrays.asList(TicketStatus.values()));
        values.addAll(java.util.Arrays.asList(Channel.values()));
        values.addAll(java.util.Arrays.asList(UserCategory.values()));
        long listed = queues.apiSearch(null, null, null, 0, 1).total();
        java.util.function.Function<Enum<?>, Long> api = value -> queues.apiSearch(value instanceof Channel c ? c : null,
                value instanceof TicketStatus s ? s : null, null, 0, 1).total();
        java.util.Map<Class<?>, Long> perColumn = new java.util.HashMap<>();
        java.util.Map<Class<?>, Long> perColumnListed = new java.util.HashMap<>();
        for (Enum<?> value : values) {
            shares.counted(value, 1, 10);
            long one = queues.count(filtered.apply(value));
            assertTrue(shares.mostOf(value, true) == one * 2 > queue, value + ": the share learnt from the count");
            shares.counted(value, 9, 10);
            assertEquals(one, queues.count(filtered.apply(value)), value + " as the queue less the other values");
            perColumn.merge(value.getDeclaringClass(), one, Long::sum);
            if (!(value instanceof UserCategory)) {
                // the staff API's list: every ticket, the spam too
                shares.counted(value, 1, 10);
                long inList = api.apply(value);
                shares.counted(value, 9, 10);
                assertEquals(inList, api.apply(value), value + " in the staff API's list, as the rest taken off");
                perColumnListed.merge(value.getDeclaringClass(), inList, Long::sum);
            }
        }
        // every ticket has a status and a channel; the one without a category is in no category's count
        assertEquals(queue, perColumn.get(TicketStatus.class));
        assertEquals(queue, perColumn.get(Channel.class));
        assertTrue(perColumn.get(UserCategory.class) < queue);
        assertTrue(queues.count(filtered.apply(UserCategory.PEMDA)) >= 1, "the ticket of Pemda, not the spam");
        assertEquals(listed, perColumnListed.get(TicketStatus.class));
        assertEquals(listed, perColumnListed.get(Channel.class));
        assertTrue(listed > queue, "the API lists the spam");
    }

    @Test
    void queueOpenNewestFirstIsTheTicketsOfEveryStatusStillWorkedOnMergedPageByPage() {
        String marker = "terbuka" + unique();
        String fresh = marked(marker, "1", "Satu");
        String escalated = marked(marker, "2", "Dua");
        desk.escalate(escalated, "DTU", "Menunggu unit");
        String answered = marked(marker, "3", "Tiga");
        desk.reply(answered, "Sudah kami jawab.");
        String closed = marked(marker, "4", "Empat");
        desk.close(closed);
        TicketQuery.Queue all = TicketQuery.Queue.ALL;
        // expected: each status through the filter of queue "all" (the status index in its order), newest first
        List<Ticket> expected = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            if (!status.isDone()) {
                TicketQuery filtered = new TicketQuery(all, null, status, null, null, null, null, null, null, false, 0, 200);
                for (int first = 0; first < queues.count(filtered); first += 200) {
                    expected.addAll(queues.page(new TicketQuery(all, null, status, null, null, null, null, null, null, false,
                            first, 200)));
                }
            }
        }
        expected.sort(java.util.Comparator.comparing(Ticket::getCreatedAt).thenComparing(Ticket::getId).reversed());
        List<String> numbers = expected.stream().map(Ticket::getNumber).toList();
        assertTrue(numbers.containsAll(List.of(fresh, escalated, answered)) && !numbers.contains(closed));
        TicketQuery.Queue open = TicketQuery.Queue.OPEN;
        long total = queues.count(TicketQuery.of(open, null, 0, 1));
        assertEquals(numbers.size(), total);
        for (int size : List.of(7, 25)) {
            for (int first = 0; first <= total; first += size) {
                List<String> page = numbers.subList(first, (int) Math.min(total, first + size));
                TicketQuery asked = TicketQuery.of(open, null, first, size);
                assertEquals(page, queues.page(asked).stream().map(Ticket::getNumber).toList(), "from the start at " + first);
                assertEquals(page, queues.page(asked, total).stream().map(Ticket::getNumber).toList(), "with the count at " + first);
            }
        }
    }

    @Test
    void aPagePastTheMiddleReadFromTheEndIsThePageCountedFromTheStart() {
        String marker = "ujung" + unique();
        String[] subjects = {"Bravo", "Alfa", "Bravo", "Charlie", "Alfa", "Bravo", "Alfa"};
        String[] requesters = {"Dewi", "Ani", "Dewi", "Budi", "Citra", "Ani", "Dewi"};
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < subjects.length; i++) {
            numbers.add(helpdesk.submit(Intake.webForm(requesters[i], marker + "-" + i + "@example.go.id",
                    marker + " " + subjects[i], "Mohon penjelasan.", "32.73", null, null)).number());
        }
        desk.escalate(numbers.get(1), "DTU", "Menunggu unit");
        desk.escalate(numbers.get(4), "DTU", "Menunggu unit");
        TicketQuery.Queue all = TicketQuery.Queue.ALL;
        List<TicketQuery> orders = new ArrayList<>();
        for (String field : java.util.Arrays.asList(null, "createdAt", "subject", "requesterName", "status", "agent",
                "number", "channel")) {
            for (boolean ascending : List.of(true, false)) {
                orders.add(new TicketQuery(all, null, null, null, null, null, null, marker, field, ascending, 0, 50));
            }
        }
        // led by the filter's column (status) and by the queue's (agent: "unassigned")
        orders.add(new TicketQuery(all, null, TicketStatus.NEW, null, null, null, null, marker, null, false, 0, 50));
        orders.add(new TicketQuery(TicketQuery.Queue.UNASSIGNED, null, null, null, null, null, null, marker, null, false, 0, 50));
        for (TicketQuery whole : orders) {
            List<String> list = queues.page(whole).stream().map(Ticket::getNumber).toList();
            long total = queues.count(whole);
            assertEquals(list.size(), total, whole.toString());
            assertTrue(total >= 2, whole.toString());
            for (int size : List.of(2, 3)) {
                for (int first = 0; first <= total; first++) {
                    TicketQuery page = new TicketQuery(whole.queue(), null, whole.status(), null, null, null, null, marker,
                            whole.sortField(), whole.ascending(), first, size);
                    assertEquals(list.subList(first, (int) Math.min(total, first + size)),
                            queues.page(page, total).stream().map(Ticket::getNumber).toList(),
                            "page at " + first + " of " + size + ", " + whole);
                }
            }
        }
    }

    @Test
    void mergeKeepsTheThreadAndTheContactHistory() {
        String email = "merge-" + unique() + "@example.go.id";
        Opened first = helpdesk.submit(form(email, "Dana Desa tahap I"));
        Opened second = helpdesk.submit(form(email.toUpperCase(), "Dana Desa tahap I (lagi)"));
        Ticket a = queues.get(first.number());
        Ticket b = queues.get(second.number());
        assertEquals(a.getContact().getId(), b.getContact().getId(), "one contact, found again by e-mail");
        desk.note(second.number(), "Duplikat dari WhatsApp");

        Ticket merged = desk.merge(second.number(), first.number());
        assertEquals(first.number(), merged.getNumber());
        List<TicketMessage> thread = queues.get(first.number()).getMessages();
        assertEquals(2, thread.stream().filter(m -> m.getKind() == TicketMessage.Kind.REQUEST).count());
        assertTrue(thread.stream().anyMatch(m -> "Duplikat dari WhatsApp".equals(m.getBody())));
        Ticket gone = queues.get(second.number());
        assertEquals(TicketStatus.MERGED, gone.getStatus());
        assertEquals(first.number(), gone.getMergedInto());
        assertEquals("helpdesk.merged", assertThrows(BusinessException.class,
                () -> desk.reply(second.number(), "x")).getKey());
        assertEquals("helpdesk.mergeSelf", assertThrows(BusinessException.class,
                () -> desk.merge(first.number(), first.number())).getKey());
        List<Ticket> history = queues.contactHistory(a.getContact().getId());
        assertEquals(Set.of(first.number(), second.number()), Set.copyOf(history.stream().map(Ticket::getNumber).toList()));
    }

    @Test
    void agentsLogPhoneCallsAndSourcesAreIdempotent() {
        String ref = "wa-" + unique();
        Intake call = new Intake(Channel.WHATSAPP, ref, "Yohanes", null, "0812-" + ThreadLocalRandom.current().nextInt(1_000_000),
                "91.71", "BPKAD Kota Jayapura", UserCategory.PEMDA, Set.of("PDRD"), "Retribusi parkir",
                "Bagaimana menghitung retribusi parkir?", false);
        Opened opened = helpdesk.logConversation(call);
        Opened again = helpdesk.open(call, "whatsapp", java.time.Instant.now());
        assertEquals(opened.number(), again.number(), "the same conversation stays one ticket");
        assertNull(again.accessCode());
        assertEquals(2, queues.get(opened.number()).getMessages().size());
        assertEquals("helpdesk.channelNotManual", assertThrows(InvalidInputException.class,
                () -> helpdesk.logConversation(new Intake(Channel.EMAIL, null, "X", "x@example.id", null, null, null, null,
                        null, "S", "M", false))).getKey());
    }

    @Test
    void layer2WritesOnlyItsOwnUnitsKnowledgeBase() {
        String dtu = "l2-dtu-" + unique();
        staff.create(dtu, "Tim DTU", null, "rahasia-panjang-1", Set.of(Role.L2), "DTU");
        KnowledgeArticle own = knowledge.save(null, "Kapan DAU disalurkan? " + unique(), "Setiap bulan.", "DAU", null,
                true, dtu);
        assertEquals("DTU", own.getUnitCode(), "an entry of Layer 2 belongs to its unit");
        KnowledgeArticle edited = knowledge.save(own.getId(), own.getQuestion(), "Setiap bulan, paling lambat tanggal 20.",
                "DAU", "DTU", true, dtu);
        assertEquals("Setiap bulan, paling lambat tanggal 20.", edited.getAnswer());

        KnowledgeArticle others = knowledge.save(null, "Apa itu DBH? " + unique(), "Dana bagi hasil.", "DBH", "DTK", true);
        KnowledgeArticle unowned = knowledge.save(null, "Apa itu SHSR? " + unique(), "Standar harga.", "SHSR", null, true);
        assertEquals("helpdesk.kbNotYourUnit", assertThrows(BusinessException.class, () -> knowledge.save(others.getId(),
                others.getQuestion(), "Jawaban yang ditimpa.", "DBH", "DTU", true, dtu)).getKey());
        assertEquals("helpdesk.kbNotYourUnit", assertThrows(BusinessException.class, () -> knowledge.save(unowned.getId(),
                unowned.getQuestion(), "Jawaban yang ditimpa.", "SHSR", null, true, dtu)).getKey());
        assertEquals("helpdesk.kbOwnUnitOnly", assertThrows(BusinessException.class, () -> knowledge.save(own.getId(),
                own.getQuestion(), own.getAnswer(), "DAU", "DTK", true, dtu)).getKey(), "cannot hand its entry to another unit");
        assertEquals("helpdesk.kbOwnUnitOnly", assertThrows(BusinessException.class, () -> knowledge.save(null,
                "Pertanyaan baru " + unique(), "Jawaban.", "DBH", "DTK", true, dtu)).getKey());
        assertEquals("Dana bagi hasil.", knowledge.get(others.getId()).getAnswer(), "nothing was changed");
        assertEquals("helpdesk.kbNotYourUnit", assertThrows(BusinessException.class,
                () -> knowledge.review(others.getId(), null, dtu)).getKey(), "nor reviews another unit's entry");
        assertEquals(KnowledgeArticle.Status.REVIEWED, knowledge.review(own.getId(), null, dtu).getStatus());
        assertEquals("DTU", knowledge.get(own.getId()).getUnitCode());

        String agent = "agen-" + unique();
        staff.create(agent, "Agen", null, "rahasia-panjang-1", Set.of(Role.AGENT), null);
        assertEquals("DTK", knowledge.save(own.getId(), own.getQuestion(), own.getAnswer(), "DAU", "DTK", true, agent)
                .getUnitCode(), "agents keep assigning entries to any unit");
    }

    @Test
    void regulationPublishedFlagsTheTopicsArticles() {
        KnowledgeArticle dau = knowledge.save(null, "Kapan DAU disalurkan? " + unique(), "Setiap bulan.", "DAU", "DTU", true);
        KnowledgeArticle other = knowledge.save(null, "Apa itu SHSR? " + unique(), "Standar harga.", "SHSR", null, true);
        knowledge.review(dau.getId(), "DTU");
        knowledge.review(other.getId(), null);
        assertEquals("helpdesk.kbNotYourUnit", assertThrows(BusinessException.class,
                () -> knowledge.review(dau.getId(), "DTK")).getKey());

        PublicationDraft d = new PublicationDraft();
        int number = 100_000 + ThreadLocalRandom.current().nextInt(800_000);
        d.setType(PublicationType.PERATURAN);
        d.setTitle("PMK Nomor " + number + " Tahun 2024 tentang Pengelolaan DAU");
        d.setDocDate(LocalDate.of(2024, 3, 4));
        d.setTopics(Set.of("DAU"));
        RegulationMetadata m = new RegulationMetadata();
        m.setKind("Peraturan Menteri Keuangan");
        m.setAbbreviation("pmk");
        m.setNumber(String.valueOf(number));
        m.setYear(2024);
        m.setAbout("Pengelolaan DAU");
        m.setDateEnacted(LocalDate.of(2024, 3, 4));
        d.setRegulation(m);
        Publication p = publications.create(d);
        assertEquals(KnowledgeArticle.Status.REVIEWED, knowledge.get(dau.getId()).getStatus(), "a draft regulation flags nothing");
        publications.publish(p.getId(), null);

        assertEquals(KnowledgeArticle.Status.NEEDS_REVIEW, knowledge.get(dau.getId()).getStatus());
        assertEquals(KnowledgeArticle.Status.REVIEWED, knowledge.get(other.getId()).getStatus());
        // every entry of the topic, also those of earlier runs on a kept database, and none of another topic
        List<KnowledgeArticle> dauEntries = knowledge.all().stream().filter(a -> "DAU".equals(a.getTopicCode())).toList();
        assertTrue(dauEntries.stream().allMatch(a -> a.getStatus() == KnowledgeArticle.Status.NEEDS_REVIEW));
        assertEquals(dauEntries.size(), figures.needingReview().get("DAU"));
        knowledge.review(dau.getId(), "DTU");
        assertEquals(KnowledgeArticle.Status.REVIEWED, knowledge.get(dau.getId()).getStatus());

        assertTrue(knowledge.faq("penyaluran DAU", 50).stream().anyMatch(a -> a.getId().equals(dau.getId())),
                "the FAQ finds \"disalurkan\" for \"penyaluran\"");
    }

    // ---------------------------------------------------------------- import and figures

    /** A month no other run uses: the first Tuesday of March of a far year, without holidays. */
    static LocalDate knownDay(int year) {
        return LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
    }

    static String knownData(String prefix, LocalDate d) {
        String day = d.toString();
        String wed = d.plusDays(1).toString();
        String thu = d.plusDays(2).toString();
        String mon = d.plusDays(6).toString();
        return String.join("\r\n",
                "external_id,created_at,channel,requester_name,requester_email,requester_phone,category,region_code,"
                        + "institution,topics,subject,agent,first_response_at,escalated_at,l2_unit,l2_answered_at,closed_at,"
                        + "rating_service,rating_answer",
                prefix + "1," + day + "T09:15:00+07:00,WHATSAPP,Ani," + prefix + "a@example.go.id,,PEMDA,32.73,"
                        + "\"BPKAD Kota Bandung, Bidang Anggaran\",DAU;DBH,Penyaluran DAU,ani," + day + "T09:30:00+07:00,"
                        + day + "T10:00:00+07:00,DTU," + wed + "T14:00:00+07:00," + wed + "T15:00:00+07:00,5,4",
                prefix + "2," + day + "T18:30:00+07:00,EMAIL,Ani," + prefix + "a@example.go.id,,PEMDA,32.73,BPKAD,DAU,"
                        + "DAU lagi,ani,," + day + "T19:00:00+07:00,DTU," + mon + "T10:00:00+07:00," + mon + "T11:00:00+07:00,4,3",
                prefix + "3," + day + "T08:30:00+09:00,TELEPON,Yohanes,,0812" + prefix.hashCode() + ",PEMDA,91.71,,PDRD,"
                        + "Retribusi,budi," + day + "T08:40:00+09:00,,,," + day + "T09:00:00+09:00,3,3",
                prefix + "4," + day + "T07:00:00+08:00,LIVE_CHAT,Made,,,KL,73.71,,APLIKASI,SIKD,budi,,"
                        + thu + "T09:00:00+07:00,DTK," + mon + "T09:00:00+07:00,,,",
                prefix + "5," + day + "T10:00:00+07:00,WEB_FORM,Anonim,,,LAINNYA,,,,Pertanyaan umum,,,,,,,,",
                "");
    }

    @Test
    void importIsIdempotentAndFiguresFollowFromTheData() {
        int year = 2100 + ThreadLocalRandom.current().nextInt(800);
        LocalDate day = knownDay(year);
        String prefix = "T" + unique() + "-";
        byte[] csv = knownData(prefix, day).getBytes(StandardCharsets.UTF_8);

        ImportReport first = imports.importCsv(new ByteArrayInputStream(csv));
        assertEquals(List.of(), first.errors());
        assertEquals(5, first.imported());
        assertEquals(0, first.unchanged());
        long total = queues.search(TicketQuery.of(TicketQuery.Queue.ALL, null, 0, 1)).total();

        ImportReport again = imports.importCsv(new ByteArrayInputStream(csv));
        assertEquals(0, again.imported());
        assertEquals(5, again.unchanged());
        assertEquals(total, queues.search(TicketQuery.of(TicketQuery.Queue.ALL, null, 0, 1)).total(), "nothing changed");

        // one bad line: nothing of the file is imported, and the report names line and column
        String bad = knownData(prefix + "b", day).replace(",KL,73.71,", ",KL,99.99,");
        ImportReport refused = imports.importCsv(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, refused.imported());
        assertEquals(1, refused.errors().size());
        assertEquals(5, refused.errors().get(0).line());
        assertEquals("region_code", refused.errors().get(0).column());
        assertEquals(total, queues.search(TicketQuery.of(TicketQuery.Queue.ALL, null, 0, 1)).total(), "nothing half-imported");

        HelpdeskFigures f = figures.figures(YearMonth.of(year, 3));
        assertEquals(5, f.total());
        assertEquals(1, f.byChannel().get("WHATSAPP"));
        assertEquals(1, f.byChannel().get("EMAIL"));
        assertEquals(0, f.byChannel().get("CHATBOT"));
        assertEquals(Map.of("PEMDA", 3L, "KL", 1L, "AKADEMISI", 0L, "LAINNYA", 1L), f.byCategory());
        assertEquals(Map.of("DAU", 2L, "DBH", 1L, "PDRD", 1L, "APLIKASI", 1L), f.byTopic());
        assertEquals(new HelpdeskFigures.InOut(1, 1), f.serviceHours().get(TimeZoneCode.WIB));
        assertEquals(new HelpdeskFigures.InOut(1, 0), f.serviceHours().get(TimeZoneCode.WIT));
        assertEquals(new HelpdeskFigures.InOut(0, 1), f.serviceHours().get(TimeZoneCode.WITA));
        assertEquals(1, f.unidentified());
        assertEquals(new HelpdeskFigures.Escalation(3, 2, 2), f.escalated());
        // DTU: H+1 → 120 and H+4 → 80; DTK: Thursday to Monday is H+2 → 100
        assertEquals(new HelpdeskFigures.UnitScore(2, 100.0), f.l2Units().get("DTU"));
        assertEquals(new HelpdeskFigures.UnitScore(1, 100.0), f.l2Units().get("DTK"));
        assertEquals(List.of("DTU", "DTK"), List.copyOf(f.l2Units().keySet()));
        assertEquals(2, f.topPemda().size());
        assertEquals(new HelpdeskFigures.Pemda("32.73", 2, Map.of("DAU", 2L, "DBH", 1L)), f.topPemda().get(0));
        assertEquals(new HelpdeskFigures.Pemda("91.71", 1, Map.of("PDRD", 1L)), f.topPemda().get(1));
        assertEquals(new HelpdeskFigures.Satisfaction(4.5, 3.5, 2, 1), f.satisfaction().get("ani"));
        assertEquals(new HelpdeskFigures.Satisfaction(3.0, 3.0, 1, 1), f.satisfaction().get("budi"));
        // the month's average of every rating of both questions: (9 + 7 + 3 + 3) / 6
        assertEquals(3.67, f.satisfactionAverage());

        Ticket imported = queues.search(new TicketQuery(TicketQuery.Queue.ALL, null, null, null, null, null, null,
                "Penyaluran DAU", null, false, 0, 50)).tickets().stream()
                .filter(t -> (prefix + "a@example.go.id").equalsIgnoreCase(t.getRequesterEmail())).findFirst().orElseThrow();
        assertEquals(TicketStatus.CLOSED, imported.getStatus());
        assertEquals(HoursVerdict.INSIDE, imported.getServiceHours());
        assertEquals(120, imported.getL2Score());
    }

    // ---------------------------------------------------------------- WhatsApp channel (issue #13)

    @Inject
    id.djpk.portal.whatsapp.WhatsAppInbox whatsApp;
    @Inject
    id.djpk.portal.whatsapp.WhatsAppOutbox whatsAppOutbox;
    @Inject
    id.djpk.portal.whatsapp.ChatbotFigures chatbot;

    private static byte[] waDelivery(String from, String wamid, java.time.Instant at, String text) {
        return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"profile\":{\"name\":\"Pak Joko\"},\"wa_id\":\""
                + from + "\"}],\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\",\"timestamp\":\""
                + at.getEpochSecond() + "\",\"type\":\"text\",\"text\":{\"body\":" + jakarta.json.Json.createValue(text)
                + "}}]}}]}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Inject
    id.djpk.portal.whatsapp.WebhookStore webhookStore;

    /**
     * Deliveries that arrive together share transactions (the webhook's group commit), yet each caller hears only of
     * its own delivery: the numbers it brought new, nothing for a repeat, and the error of a delivery no row can hold
     * (a number longer than the column), which costs the deliveries it shared a transaction with nothing.
     */
    @Test
    void webhookDeliveriesArrivingTogetherAreEachStoredOnceAndAnsweredOnTheirOwn() throws Exception {
        java.util.concurrent.ExecutorService pool = javax.naming.InitialContext.doLookup(
                "java:comp/DefaultManagedExecutorService");
        String prefix = "62897" + (1_000_000 + new java.util.Random().nextInt(8_999_999));
        java.time.Instant at = java.time.Instant.now().minusSeconds(60);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Set<String>>> answers = new java.util.ArrayList<>();
        int deliveries = 24;
        for (int i = 0; i < deliveries + 2; i++) {
            // the last two repeat the first delivery, as Meta does when an answer is late
            String number = prefix + (i < deliveries ? String.format("%02d", i) : "00");
            var events = id.djpk.portal.whatsapp.WebhookEvent.of(waDelivery(number, "wamid.G" + number, at, "Halo"));
            answers.add(pool.submit(() -> {
                go.await();
                return webhookStore.store(events);
            }));
        }
        var unfit = List.of(new id.djpk.portal.whatsapp.WebhookEvent(id.djpk.portal.whatsapp.WebhookEvent.Kind.MESSAGE,
                "wamid.G" + prefix + "-unfit", "9".repeat(40), at, "{}"));
        var refused = pool.submit(() -> {
            go.await();
            return webhookStore.store(unfit);
        });
        go.countDown();

        int firstNumberAnswers = 0;
        for (int i = 0; i < answers.size(); i++) {
            Set<String> senders = answers.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS);
            if (i == 0 || i >= deliveries) {
                firstNumberAnswers += senders.size();
            } else {
                assertEquals(Set.of(prefix + String.format("%02d", i)), senders);
            }
        }
        assertEquals(1, firstNumberAnswers, "one of the three copies of the first delivery stores it, the others nothing");
        var failure = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> refused.get(60, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(failure.getCause() instanceof RuntimeException, failure.toString());
        for (int i = 0; i < deliveries; i++) {
            assertEquals(1, whatsApp.process(prefix + String.format("%02d", i)), "each delivery's message stored once");
        }
    }

    @Test
    void aWhatsAppConversationIsStoredOnceWorkedInOrderHandedOverAndCounted() {
        String number = "62899" + (1_000_000 + new java.util.Random().nextInt(8_999_999));
        java.time.Instant at = java.time.Instant.now().minusSeconds(300);
        String identity = "Nama: Joko Santoso\nDaerah: Kota Bandung\nInstansi: BPKAD\nEmail: joko." + number
                + "@bandung.go.id\nPertanyaan: Kapan DAU disalurkan?";
        // delivered out of order: the handover's delivery arrives first, the identity's second
        byte[] nine = waDelivery(number, "wamid." + number + ".2", at.plusSeconds(60), "9");
        byte[] first = waDelivery(number, "wamid." + number + ".1", at, identity);
        assertEquals(java.util.Set.of(number), whatsApp.store(nine));
        assertEquals(java.util.Set.of(number), whatsApp.store(first));
        assertEquals(java.util.Set.of(), whatsApp.store(first), "a repeated delivery stores nothing");
        assertEquals(2, whatsApp.process(number), "both, in the order of their own timestamps");
        assertEquals(0, whatsApp.process(number));

        var conversation = whatsApp.conversation(number).orElseThrow();
        assertEquals(id.djpk.portal.whatsapp.Chatbot.Stage.AGENT, conversation.getStage());
        assertEquals("32.73", conversation.getRegionCode());
        Ticket t = queues.find(conversation.getTicketNumber()).orElseThrow();
        assertEquals(Channel.WHATSAPP, t.getChannel());
        assertEquals("+" + number, t.getRequesterPhone());
        assertEquals(UserCategory.PEMDA, t.getCategory());
        String transcript = t.getMessages().get(0).getBody();
        assertTrue(transcript.contains("Kapan DAU disalurkan?") && transcript.contains("Chat Agent"), transcript);
        List<String> sent = whatsAppOutbox.to(number, at.minusSeconds(60)).stream()
                .map(id.djpk.portal.whatsapp.SentMessage::getTranscript).toList();
        assertTrue(sent.stream().anyMatch(x -> x.contains(t.getNumber())), "the user is told the ticket number: " + sent);
        assertTrue(whatsAppOutbox.to(number, at.minusSeconds(60)).stream()
                .allMatch(m -> m.getStatus() == id.djpk.portal.whatsapp.SentMessage.Status.QUEUED),
                "without a Cloud API account the messages wait in the outbox");

        var month = chatbot.of(java.time.YearMonth.from(at.atZone(java.time.ZoneId.of("Asia/Jakarta"))));
        assertTrue(month.handedOver() >= 1 && month.menus().get(9) >= 1 && month.users() >= 1, month.toString());
    }

    @Inject
    id.djpk.portal.whatsapp.Blasts blasts;

    @Test
    void blastSegmentsAreQueriedOnEveryDatabaseAndABadBlastChangesNothing() {
        var all = new id.djpk.portal.whatsapp.Blast.Segment(null, null, null, null);
        var narrow = new id.djpk.portal.whatsapp.Blast.Segment(UserCategory.PEMDA, "32", null, "DAU");
        for (var channel : id.djpk.portal.whatsapp.Blast.BlastChannel.values()) {
            int everyone = blasts.preview(channel, all);
            int some = blasts.preview(channel, narrow);
            assertTrue(some <= everyone, channel + ": a segment is part of everyone");
            int province = blasts.preview(channel, new id.djpk.portal.whatsapp.Blast.Segment(null, "32", null, null));
            int city = blasts.preview(channel, new id.djpk.portal.whatsapp.Blast.Segment(null, null, "32.73", null));
            assertTrue(city <= province && province <= everyone, channel + ": Kota Bandung is part of Jawa Barat");
        }
        // one more consenting officer in Kota Bandung: exactly one more WhatsApp recipient there and in Jawa Barat
        var bandung = new id.djpk.portal.whatsapp.Blast.Segment(null, null, "32.73", null);
        var jabar = new id.djpk.portal.whatsapp.Blast.Segment(UserCategory.PEMDA, "32", null, null);
        var wa = id.djpk.portal.whatsapp.Blast.BlastChannel.WHATSAPP;
        int inBandung = blasts.preview(wa, bandung);
        int inJabar = blasts.preview(wa, jabar);
        String number = "62898" + (1_000_000 + new java.util.Random().nextInt(8_999_999));
        whatsApp.store(waDelivery(number, "wamid." + number, java.time.Instant.now(), "Nama: Ani\nDaerah: Kota Bandung\n"
                + "Instansi: Bappeda\nEmail: ani." + number + "@bandung.go.id\nPertanyaan: Jadwal DAK?"));
        whatsApp.process(number);
        assertEquals(inBandung + 1, blasts.preview(wa, bandung));
        var given = blasts.consentOf(number);
        assertEquals(1, given.size(), "the identity gave the consent: " + given);
        assertTrue(given.get(0).isGiven());
        assertEquals(id.djpk.portal.whatsapp.ConsentRecord.How.WHATSAPP_IDENTITY, given.get(0).getHow());
        assertTrue(given.get(0).getNotice().contains("BERHENTI"), "recorded with the text the greeting showed: " + given.get(0).getNotice());
        assertEquals(inJabar + 1, blasts.preview(wa, jabar), "a city's officer is in its province's segment, as Pemda");
        // BERHENTI withdraws it at once: the number leaves the segment, the change is recorded with the bot's words
        whatsApp.store(waDelivery(number, "wamid." + number + ".stop", java.time.Instant.now().plusSeconds(5), "BERHENTI"));
        whatsApp.process(number);
        assertEquals(inBandung, blasts.preview(wa, bandung));
        var withdrawn = blasts.consentOf(number);
        assertEquals(2, withdrawn.size(), withdrawn.toString());
        assertFalse(withdrawn.get(1).isGiven());
        assertEquals(id.djpk.portal.whatsapp.ConsentRecord.How.WHATSAPP_BERHENTI, withdrawn.get(1).getHow());
        assertTrue(withdrawn.get(1).getNotice().contains("IKUT"), withdrawn.get(1).getNotice());
        int before = blasts.recent(1000).size();
        var bad = assertThrows(id.djpk.portal.system.InvalidInputException.class, () -> blasts.create("Tes",
                id.djpk.portal.whatsapp.Blast.BlastChannel.WHATSAPP, "tidak_ada", "id", List.of(), null, null,
                new id.djpk.portal.whatsapp.Blast.Segment(null, "99", null, "BUKAN_TOPIK"), null));
        assertEquals(List.of("template", "provinceCode", "topic"), bad.getViolations().stream().map(v -> v.field()).toList());
        assertEquals(before, blasts.recent(1000).size(), "nothing stored");
        var scheduled = blasts.create("Terjadwal", id.djpk.portal.whatsapp.Blast.BlastChannel.WHATSAPP, "hello_world", "en_US",
                List.of(), null, null, all, java.time.Instant.now().plusSeconds(86_400));
        assertEquals(id.djpk.portal.whatsapp.Blast.State.SCHEDULED, scheduled.getState());
        assertTrue(blasts.due().stream().noneMatch(id -> id.equals(scheduled.getId())), "not due before its time");
    }

    @Test
    void theWebFormsAnnouncementsCheckboxIsRecordedWithItsTextAndUntickingWithdraws() {
        String email = "konsen-" + unique() + "@example.go.id";
        String indonesian = "Saya bersedia menerima pengumuman dari DJPK (undangan, peraturan baru, survei) melalui email.";
        String en = "I agree to receive announcements from DJPK (invitations, new regulations, surveys) by e-mail.";
        int before = blasts.preview(id.djpk.portal.whatsapp.Blast.BlastChannel.EMAIL, new id.djpk.portal.whatsapp.Blast.Segment(null, null, null, null));

        Opened first = helpdesk.submit(Intake.webForm("Konsen", email, "Pengumuman", "Pertanyaan.", null, null, null, true), indonesian);
        List<id.djpk.portal.whatsapp.ConsentRecord> records = consentOf(email);
        assertEquals(1, records.size());
        var given = records.get(0);
        assertTrue(given.isGiven());
        assertEquals(id.djpk.portal.whatsapp.ConsentRecord.How.WEB_FORM, given.getHow());
        assertEquals("EMAIL", given.getChannel());
        assertEquals(indonesian, given.getNotice(), "the checkbox's words, in the language the form was shown in");
        assertTrue(queues.find(first.number()).orElseThrow().getContact().isConsent());
        assertEquals(before + 1, blasts.preview(id.djpk.portal.whatsapp.Blast.BlastChannel.EMAIL,
                new id.djpk.portal.whatsapp.Blast.Segment(null, null, null, null)));

        // the next question with the box left unticked (the form in English): the latest answer counts
        Opened second = helpdesk.submit(Intake.webForm("Konsen", email, "Lagi", "Pertanyaan kedua.", null, null, null, false), en);
        records = consentOf(email);
        assertEquals(2, records.size());
        assertFalse(records.get(1).isGiven());
        assertEquals(en, records.get(1).getNotice());
        assertFalse(queues.find(second.number()).orElseThrow().getContact().isConsent());
        // unticked again: nothing to withdraw, nothing recorded; the API (no checkbox) records nothing
        helpdesk.submit(Intake.webForm("Konsen", email, "Lagi", "Pertanyaan ketiga.", null, null, null, false), en);
        helpdesk.submit(Intake.webForm("Konsen", email, "API", "Pertanyaan keempat.", null, null, null));
        assertEquals(2, consentOf(email).size());
    }

    private List<id.djpk.portal.whatsapp.ConsentRecord> consentOf(String email) {
        List<id.djpk.portal.whatsapp.ConsentRecord> mine = new java.util.ArrayList<>(blasts.recentConsent(500).stream()
                .filter(r -> r.getAddress().equals(email)).toList());
        java.util.Collections.reverse(mine);
        return mine;
    }
}
