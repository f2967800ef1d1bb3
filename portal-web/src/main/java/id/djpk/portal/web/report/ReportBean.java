package id.djpk.portal.web.report;

import id.djpk.portal.report.BlastChannel;
import id.djpk.portal.report.Change;
import id.djpk.portal.report.EnteredFigures;
import id.djpk.portal.report.Figure;
import id.djpk.portal.report.MonthlyReport;
import id.djpk.portal.report.PublishJob;
import id.djpk.portal.report.ReportLine;
import id.djpk.portal.report.ReportPublishing;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.report.ReportSnapshot;
import id.djpk.portal.report.ReportState;
import id.djpk.portal.report.ReportText;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.i18n.Format;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A month's report for the editors: the compiled figures with their changes and charts, the figures they enter,
 * the narrative, and the steps draft → in review → published, refresh and correction. Publishing runs in the
 * background ({@link ReportPublishing}); the page follows it with a progress bar until it ends.
 */
@Named
@ViewScoped
public class ReportBean implements Serializable {

    @Inject
    private ReportService reports;
    @Inject
    private Format fmt;
    @Inject
    private ReportPublishing publishing;
    @Inject
    private Links links;
    @Inject
    private OfficeClock clock;

    private String month;
    private MonthlyReport report;
    private List<EntryRow> entries = List.of();
    private List<PlatformRow> socialMedia = List.of();
    private java.time.LocalDate blastDate;
    private String blastSubject;
    private BlastChannel blastChannel = BlastChannel.WHATSAPP;
    private String technicalQuestions;
    private String complaints;
    private String evaluation;
    private String changeNote;
    /** This page shows the progress of publishing (started here, or under way when the page was opened). */
    private boolean watching;

    public void load() {
        YearMonth m = ViewParams.month(month, clock.thisMonth().minusMonths(1));
        month = m.toString();
        try {
            show(reports.open(m));
            watching = publishing.job(m).map(PublishJob::isRunning).orElse(false);
        } catch (BusinessException e) {
            report = null;
            FacesMessages.show(e);
        }
    }

    private void show(MonthlyReport r) {
        this.report = r;
        this.technicalQuestions = r.getTechnicalQuestions();
        this.complaints = r.getComplaints();
        this.evaluation = r.getEvaluation();
        ReportSnapshot s = r.snapshot();
        List<EntryRow> rows = new ArrayList<>();
        for (String key : EnteredFigures.KEYS) {
            Figure f = s.figure(key);
            rows.add(new EntryRow(key, label(key), f.value(), f.enteredBy(),
                    f.enteredAt() == null ? null : fmt.dateTime(f.enteredAt()), s.fromData(key)));
        }
        this.entries = rows;
        this.socialMedia = EnteredFigures.PLATFORMS.stream().map(p -> new PlatformRow(text("report.platform." + p),
                entry(EnteredFigures.POSTS + p), entry(EnteredFigures.FOLLOWERS + p), entry(EnteredFigures.REACH + p))).toList();
    }

    /** A platform's row of the social-media form: posts, followers and reach. */
    public static class PlatformRow implements Serializable {
        private final String label;
        private final EntryRow posts;
        private final EntryRow followers;
        private final EntryRow reach;

        PlatformRow(String label, EntryRow posts, EntryRow followers, EntryRow reach) {
            this.label = label;
            this.posts = posts;
            this.followers = followers;
            this.reach = reach;
        }

        public String getLabel() { return label; }
        public EntryRow getPosts() { return posts; }
        public EntryRow getFollowers() { return followers; }
        public EntryRow getReach() { return reach; }
    }

    private EntryRow entry(String key) {
        return entries.stream().filter(e -> e.getKey().equals(key)).findFirst().orElseThrow();
    }

    /** The form's chatbot menus (1–9 and "Tidak Dilanjutkan"). */
    public List<EntryRow> getChatbotEntries() {
        return entries.stream().filter(e -> e.getKey().startsWith(EnteredFigures.CHATBOT_MENU)).toList();
    }

    /** The form's Email Lapor report types. */
    public List<EntryRow> getEmailEntries() {
        return entries.stream().filter(e -> e.getKey().startsWith(EnteredFigures.EMAIL_TYPE)).toList();
    }

    // ---------------------------------------------------------------- actions

    public void saveEntries() {
        Map<String, Long> changed = new java.util.LinkedHashMap<>();
        entries.stream().filter(EntryRow::changed).forEach(row -> changed.put(row.getKey(), row.getValue()));
        act(() -> reports.enter(report.getMonth(), changed), "report.entriesSaved");
    }

    public void addBlast() {
        try {
            show(reports.addBlast(report.getMonth(), blastDate, blastSubject, blastChannel));
            blastDate = null;
            blastSubject = null;
            FacesMessages.info("report.blastAdded");
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of("blastDate", "report:blastDate", "blastSubject", "report:blastSubject",
                    "blastChannel", "report:blastChannel"));
        }
    }

    public void removeBlast(long id) {
        act(() -> reports.removeBlast(report.getMonth(), id), "report.blastRemoved");
    }

    public void saveNarrative() {
        act(() -> reports.write(report.getMonth(), technicalQuestions, complaints, evaluation), "report.narrativeSaved");
    }

    public void refresh() {
        act(() -> reports.refresh(report.getMonth()), "report.refreshed");
    }

    public void submit() {
        act(() -> {
            reports.write(report.getMonth(), technicalQuestions, complaints, evaluation);
            return reports.submit(report.getMonth());
        }, "report.submitted");
    }

    public void sendBack() {
        act(() -> reports.sendBack(report.getMonth()), "report.sentBack");
    }

    /** Starts publishing in the background (or follows the run already under way) and shows its progress. */
    public void publish() {
        try {
            publishing.start(report.getMonth());
            watching = true;
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
    }

    /** The progress bar reached 100 %: the page again, published or, after a failure, in review with the reason. */
    public void built() throws IOException {
        watching = false;
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<PublishJob> job = publishing.job(YearMonth.parse(month));
        if (job.isPresent() && job.get().getOutcome() == PublishJob.Outcome.FAILED) {
            String text = Messages.text(locale(), job.get().getFailureKey(), job.get().getFailureArguments());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.getExternalContext().getFlash().setKeepMessages(true);
        } else if (job.isPresent() && job.get().getOutcome() == PublishJob.Outcome.PUBLISHED) {
            FacesMessages.info("report.published");
        }
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/laporan/laporan.xhtml?bulan=" + month);
    }

    public void revise() {
        act(() -> reports.revise(report.getMonth(), changeNote), "report.revised");
        changeNote = null;
    }

    private void act(java.util.function.Supplier<MonthlyReport> step, String done) {
        try {
            show(step.get());
            FacesMessages.info(done);
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of("changeNote", "report:changeNote", "evaluation", "report:evaluation"));
        }
    }

    // ---------------------------------------------------------------- what the page shows

    public boolean isDraft() { return report != null && report.getState() == ReportState.DRAFT; }
    public boolean isInReview() { return report != null && report.getState() == ReportState.IN_REVIEW; }
    public boolean isPublished() { return report != null && report.getState() == ReportState.PUBLISHED; }
    public boolean isWatching() { return watching; }

    // ---------------------------------------------------------------- publishing in the background

    private Optional<PublishJob> job() {
        return publishing.job(YearMonth.parse(month));
    }

    /** The progress bar's value: 100 once the run has ended (or is no longer known), which ends the polling. */
    public int getProgress() {
        return job().filter(PublishJob::isRunning).map(PublishJob::getPercent).orElse(100);
    }

    /** The step under way, in the reader's language. */
    public String getProgressStep() {
        return job().map(j -> text("report.step." + j.getStep().name())).orElse(text("report.step.DONE"));
    }

    /** Who started the run and when (a second editor sees that someone else is publishing). */
    public String getProgressStarted() {
        return job().map(j -> java.text.MessageFormat.format(text("report.startedBy"), j.getActor(),
                fmt.dateTime(j.getStartedAt()))).orElse("");
    }

    /** The public page of the published report and its PDF. */
    public String getPublicUrl() {
        return links.report(YearMonth.parse(month), "");
    }

    public String getPdfUrl() {
        return getPublicUrl() + "/pdf";
    }

    /** What publishing puts out: the report by its title, its public page, and that its figures are frozen. */
    public String getPublishSummary() {
        return FacesMessages.format("confirm.reportPublish", getTitle(), getPublicUrl());
    }

    public String getTitle() {
        return ReportText.title(YearMonth.parse(month), locale());
    }

    /** The summary tiles of the seeds' first page. */
    public List<ReportLine> getTiles() {
        ReportSnapshot s = report.snapshot();
        List<ReportLine> tiles = new ArrayList<>();
        tiles.add(row("publications.total", s));
        tiles.add(new ReportLine(EnteredFigures.AVERAGE_POSTS, text("report.tile.socialMedia"), s.socialMediaPosts(), null,
                locale()));
        tiles.add(row(EnteredFigures.BLASTS, s));
        tiles.add(row("ppid.received", s));
        tiles.add(row("tickets.total", s));
        tiles.add(row("videoConferences.total", s));
        tiles.add(row("visits.total", s));
        tiles.add(row("events.total", s));
        return tiles;
    }

    public List<ReportLine> getTotals() {
        ReportSnapshot s = report.snapshot();
        List<ReportLine> rows = new ArrayList<>();
        for (String key : List.of("tickets.total", "publications.total", "events.total", "website.visitors",
                "website.pageViews", "visits.total", "videoConferences.total", "ppid.received")) {
            rows.add(row(key, s));
        }
        return rows;
    }

    public List<ReportLine> getChannels() {
        return shares("tickets.byChannel.", "channel.");
    }

    /** The report's notes in the staff member's language (e.g. that the HAI line holds the web form's tickets). */
    public List<String> getNotes() {
        return report.snapshot().notes().stream().map(code -> text("report.note." + code)).toList();
    }

    public List<ReportLine> getCategories() {
        return shares("tickets.byCategory.", "userCategory.");
    }

    public List<ReportLine> getTopics() {
        ReportSnapshot s = report.snapshot();
        JsonObject names = s.object("tickets.topics");
        List<ReportLine> technical = new ArrayList<>();
        List<ReportLine> other = new ArrayList<>();
        s.figures("tickets.byTopic.").forEach((code, f) -> {
            JsonObject n = names.getJsonObject(code);
            boolean isTechnical = n != null && "TECHNICAL".equals(n.getString("group"));
            String label = (n == null ? code : n.getString("name")) + " (" + text(isTechnical ? "report.technical" : "report.other") + ")";
            (isTechnical ? technical : other).add(new ReportLine(code, label, f, null, locale()));
        });
        technical.addAll(other);
        return technical;
    }

    /** Social media per platform and measure, as entered, with M−1 and M−12. */
    public List<ReportLine> getSocialMediaFigures() {
        ReportSnapshot s = report.snapshot();
        return EnteredFigures.KEYS.stream().filter(k -> k.startsWith("socialMedia.") && s.has(k)).map(k -> row(k, s)).toList();
    }

    /** Chatbot users per menu, then the users without Chat Agent. */
    public List<ReportLine> getChatbotFigures() {
        return enteredGroup(EnteredFigures.CHATBOT_MENU, EnteredFigures.CHATBOT, false);
    }

    /** Email Lapor per report type with its share, then the total. */
    public List<ReportLine> getEmailFigures() {
        return enteredGroup(EnteredFigures.EMAIL_TYPE, EnteredFigures.EMAIL_LAPOR, true);
    }

    /** Whether the month's blasts are those sent from the portal (Contact Center → Blast), not a list typed here. */
    public boolean isBlastsFromData() {
        return report.snapshot().fromData(EnteredFigures.BLASTS);
    }

    /** The blasts sent from the portal in the month, as the report lists them: day, channel code, name. */
    public List<String[]> getSentBlasts() {
        return report.snapshot().list(EnteredFigures.BLASTS_LIST).stream().map(b -> new String[] {
            fmt.date(java.time.LocalDate.parse(b.getString("date"))), b.getString("channel"), b.getString("subject")}).toList();
    }

    /** The blasts: this month's count with M−1 and M−12. */
    public List<ReportLine> getBlastFigures() {
        return List.of(row(EnteredFigures.BLASTS, report.snapshot()));
    }

    private List<ReportLine> enteredGroup(String prefix, String total, boolean share) {
        ReportSnapshot s = report.snapshot();
        List<ReportLine> rows = new ArrayList<>();
        s.figures(prefix).forEach((code, f) -> rows.add(new ReportLine(code, label(prefix + code), f,
                share ? s.share(prefix + code) : null, locale())));
        if (s.has(total)) {
            rows.add(row(total, s));
        }
        return rows;
    }

    /** The entered figures' years to date: blasts, Email Lapor, chatbot users. */
    public String getEnteredYearToDate() {
        return text("report.key.blasts.total") + " " + count(ytd(EnteredFigures.BLASTS_YTD)) + " · "
                + text("report.key.emailLapor.total") + " " + count(ytd(EnteredFigures.EMAIL_YTD)) + " · "
                + text("report.key.chatbot.users") + " " + count(ytd(EnteredFigures.CHATBOT_YTD));
    }

    public List<BlastChannel> getBlastChannels() {
        return List.of(BlastChannel.values());
    }

    public long ytd(String key) {
        return report.snapshot().number(key);
    }

    public JsonObject plain(String key) {
        return report.snapshot().object(key);
    }

    public List<JsonObject> list(String key) {
        return report.snapshot().list(key);
    }

    /** A row of a plain list on the page: cells as text (EL reads no JSON objects). */
    public static class Row implements Serializable {
        private final List<String> cells;

        Row(String... cells) {
            this.cells = List.of(cells);
        }

        public List<String> getCells() { return cells; }
    }

    public List<Row> getServiceHours() {
        JsonObject hours = plain("tickets.serviceHours");
        return List.of("WIB", "WITA", "WIT").stream().map(z -> new Row(z,
                count(hours.getJsonObject(z).getJsonNumber("inside").longValue()),
                count(hours.getJsonObject(z).getJsonNumber("outside").longValue()))).toList();
    }

    public String getEscalation() {
        JsonObject esc = plain("tickets.escalated");
        return text("report.escalated") + ": " + count(esc.getJsonNumber("count").longValue()) + " · "
                + text("report.outsideEscalated") + ": " + count(esc.getJsonNumber("outsideHoursEscalated").longValue())
                + " / " + count(esc.getJsonNumber("outsideHours").longValue()) + " · " + text("report.unidentified") + ": "
                + count(plain("tickets.serviceHours").getJsonNumber("unidentified").longValue());
    }

    public List<Row> getTopPemda() {
        return list("tickets.topPemda").stream().map(p -> new Row(p.getString("region"),
                count(p.getJsonNumber("count").longValue()), joined(p, "topics"))).toList();
    }

    /** Layer 2 units ranked by average speed score: rank, unit, tickets, average. */
    public List<Row> getUnits() {
        JsonObject units = plain("tickets.l2Units");
        List<Row> rows = new ArrayList<>();
        int rank = 1;
        for (String unit : units.keySet()) {
            JsonObject u = units.getJsonObject(unit);
            rows.add(new Row(String.valueOf(rank++), unit, count(u.getJsonNumber("count").longValue()),
                    u.isNull("averageScore") ? "–" : Change.decimal(u.getJsonNumber("averageScore").doubleValue(), locale())));
        }
        return rows;
    }

    /** Satisfaction per agent against the target: agent, service, answer, ratings, target met. */
    public List<Row> getSatisfaction() {
        JsonObject sat = plain("tickets.satisfaction");
        return sat.keySet().stream().map(agent -> {
            JsonObject a = sat.getJsonObject(agent);
            return new Row(agent, decimal(a, "service"), decimal(a, "answer"), count(a.getJsonNumber("ratings").longValue()),
                    text(a.getBoolean("meetsTarget") ? "report.targetMet" : "report.targetMissed"));
        }).toList();
    }

    /**
     * The month's average of every rating of both questions against the target ("rata-rata nilai kepuasan"); null
     * when nobody rated, or in a revision compiled before the average was kept.
     */
    public String getSatisfactionAverage() {
        if (!report.snapshot().has("tickets.satisfactionAverage")
                || plain("tickets.satisfactionAverage").isNull("value")) {
            return null;
        }
        JsonObject a = plain("tickets.satisfactionAverage");
        return java.text.MessageFormat.format(text("report.satisfactionAverage"), decimal(a, "value"), decimal(a, "target"),
                text(a.getBoolean("meetsTarget") ? "report.targetMet" : "report.targetMissed"));
    }

    /** Knowledge-base entries awaiting review per topic. */
    public List<Row> getKbReview() {
        JsonObject kb = plain("tickets.kbNeedingReview");
        return kb.keySet().stream().map(code -> new Row(code, count(kb.getJsonNumber(code).longValue()))).toList();
    }

    private String decimal(JsonObject o, String key) {
        return o.isNull(key) ? "–" : Change.decimal(o.getJsonNumber(key).doubleValue(), locale());
    }

    public List<Row> getPublications() {
        return list("publications.list").stream().map(i -> new Row(date(i.getString("date")), i.getString("typeLabel"),
                i.getString("title"))).toList();
    }

    public List<Row> getEvents() {
        return list("events.list").stream().map(i -> new Row(date(i.getString("date")), i.getString("title"))).toList();
    }

    public List<Row> getVisits() {
        return list("visits.list").stream().map(v -> new Row(date(v.getString("date")), v.getString("region"),
                String.valueOf(v.getInt("guestsArrived")), v.getString("topics"),
                v.getBoolean("breach") ? text("report.yes") : "")).toList();
    }

    public List<Row> getConferences() {
        return list("videoConferences.list").stream().map(v -> new Row(date(v.getString("date")), v.getString("region"),
                v.getString("topics"))).toList();
    }

    // ---------------------------------------------------------------- PPID

    /** Requests received and objections filed, with M−1 and M−12 (a report compiled before objections were counted has none). */
    public List<ReportLine> getPpidFigures() {
        ReportSnapshot s = report.snapshot();
        List<ReportLine> rows = new ArrayList<>();
        rows.add(row("ppid.received", s));
        if (s.has("ppid.objections")) {
            rows.add(row("ppid.objections", s));
        }
        return rows;
    }

    /** The average working days from receipt to decision of the month's decisions (empty for an older report). */
    public String getPpidAverage() {
        ReportSnapshot s = report.snapshot();
        if (!s.has("ppid.averageWorkingDays")) {
            return "";
        }
        Double days = s.decimal("ppid.averageWorkingDays");
        return days == null ? text("report.ppidNoDecision")
                : FacesMessages.format("report.ppidAverage", Change.decimal(days, locale()));
    }

    /** The month's decisions per outcome. */
    public List<Row> getPpidDecided() {
        JsonObject decided = plain("ppid.decided");
        return decided.keySet().stream().map(code -> new Row(text("ppidDecision." + code),
                count(decided.getJsonNumber(code).longValue()))).toList();
    }

    /** What was asked: the kinds of information of the month's requests. */
    public List<Row> getPpidTopics() {
        JsonObject topics = plain("ppid.topics");
        return topics.keySet().stream().map(code -> new Row("UNCLASSIFIED".equals(code) ? text("report.ppidUnclassified")
                : topics.getJsonObject(code).getString("name"), count(topics.getJsonObject(code).getJsonNumber("count").longValue())))
                .toList();
    }

    /** The superior's answers to objections given in the month, per outcome. */
    public List<Row> getPpidObjectionOutcomes() {
        JsonObject outcomes = plain("ppid.objectionOutcomes");
        return outcomes.keySet().stream().map(code -> new Row(text("ppidOutcome." + code),
                count(outcomes.getJsonNumber(code).longValue()))).toList();
    }

    /** Whether the report holds the PPID's months of the year (not one compiled before they were counted). */
    public boolean isPpidTrend() {
        return !list("ppid.trend").isEmpty();
    }

    /** Whether the report holds the website's last six months (not one compiled before they were kept). */
    public boolean isWebsiteTrend() {
        return !list("website.trend").isEmpty();
    }

    public String getWebsiteChart() {
        List<JsonObject> trend = list("website.trend");
        return ReportCharts.bar(trend.stream().map(t -> fmt.monthOf(t.getString("month"))).toList(),
                trend.stream().map(t -> t.getJsonNumber("visitors").longValue()).toList(), text("report.websiteTrend"), locale());
    }

    public String getPpidChart() {
        List<JsonObject> trend = list("ppid.trend");
        return ReportCharts.bar(trend.stream().map(t -> fmt.monthOf(t.getString("month"))).toList(),
                trend.stream().map(t -> t.getJsonNumber("received").longValue()).toList(), text("report.ppidTrend"), locale());
    }

    public String getYearToDate() {
        return text("report.key.tickets.total") + " " + count(ytd("tickets.ytd")) + " · " + text("report.key.publications.total")
                + " " + count(ytd("publications.ytd")) + " · " + text("report.key.events.total") + " " + count(ytd("events.ytd"))
                + " · " + text("report.key.visits.total") + " " + count(ytd("visits.ytd")) + " · "
                + text("report.key.videoConferences.total") + " " + count(ytd("videoConferences.ytd")) + " · "
                + text("report.key.ppid.received") + " " + count(ytd("ppid.ytd"));
    }

    public String date(String isoDate) {
        return isoDate == null || isoDate.isEmpty() ? "" : fmt.date(java.time.LocalDate.parse(isoDate));
    }

    /** The strings of a JSON array member, joined with commas (a Pemda's topics). */
    public String joined(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public String count(Number n) {
        return n == null ? "–" : Change.count(n.longValue(), locale());
    }

    // ---------------------------------------------------------------- charts (Chart.js configuration for p:chart)

    public String getTrendChart() {
        List<JsonObject> trend = list("tickets.trend");
        return ReportCharts.bar(trend.stream().map(t -> fmt.monthOf(t.getString("month"))).toList(),
                trend.stream().map(t -> (long) t.getInt("total")).toList(), text("report.tickets"), locale());
    }

    public String getChannelChart() {
        List<ReportLine> rows = getChannels().stream().filter(r -> r.figure().value() != null && r.figure().value() > 0).toList();
        return ReportCharts.doughnut(rows.stream().map(ReportLine::getLabel).toList(),
                rows.stream().map(r -> r.figure().value()).toList(), locale());
    }

    public String getCategoryChart() {
        List<ReportLine> rows = getCategories().stream().filter(r -> r.figure().value() != null && r.figure().value() > 0).toList();
        return ReportCharts.doughnut(rows.stream().map(ReportLine::getLabel).toList(),
                rows.stream().map(r -> r.figure().value()).toList(), locale());
    }

    // ---------------------------------------------------------------- helpers

    private List<ReportLine> shares(String prefix, String labelPrefix) {
        ReportSnapshot s = report.snapshot();
        long total = s.figure("tickets.total").value() == null ? 0 : s.figure("tickets.total").value();
        List<ReportLine> rows = new ArrayList<>();
        s.figures(prefix).forEach((code, f) -> rows.add(new ReportLine(code, text(labelPrefix + code), f,
                Change.share(f.value() == null ? 0 : f.value(), total), locale())));
        return rows;
    }

    private ReportLine row(String key, ReportSnapshot s) {
        return new ReportLine(key, label(key), s.figure(key), null, locale());
    }

    private String label(String key) {
        if (key.startsWith(EnteredFigures.CHATBOT_MENU)) {
            return text("report.chatbotMenu." + key.substring(EnteredFigures.CHATBOT_MENU.length()));
        }
        if (key.startsWith(EnteredFigures.EMAIL_TYPE)) {
            return text("report.emailType." + key.substring(EnteredFigures.EMAIL_TYPE.length()));
        }
        for (String p : EnteredFigures.PLATFORMS) {
            if (key.endsWith("." + p)) {
                String measure = key.substring(0, key.length() - p.length() - 1);
                return text("report.key." + measure) + " " + text("report.platform." + p);
            }
        }
        return text("report.key." + key);
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String text(String key) {
        return FacesMessages.text(key);
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public MonthlyReport getReport() { return report; }
    public List<EntryRow> getEntries() { return entries; }
    public List<PlatformRow> getSocialMedia() { return socialMedia; }
    public java.time.LocalDate getBlastDate() { return blastDate; }
    public void setBlastDate(java.time.LocalDate d) { this.blastDate = d; }
    public String getBlastSubject() { return blastSubject; }
    public void setBlastSubject(String s) { this.blastSubject = s; }
    public BlastChannel getBlastChannel() { return blastChannel; }
    public void setBlastChannel(BlastChannel c) { this.blastChannel = c; }
    public String getTechnicalQuestions() { return technicalQuestions; }
    public void setTechnicalQuestions(String s) { this.technicalQuestions = s; }
    public String getComplaints() { return complaints; }
    public void setComplaints(String s) { this.complaints = s; }
    public String getEvaluation() { return evaluation; }
    public void setEvaluation(String s) { this.evaluation = s; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String s) { this.changeNote = s; }
}
