package id.djpk.portal.web.report;

import id.djpk.portal.report.BlastChannel;
import id.djpk.portal.report.EnteredFigures;
import id.djpk.portal.report.Figure;
import id.djpk.portal.report.MonthlyReport;
import id.djpk.portal.report.PublishJob;
import id.djpk.portal.report.ReportPublishing;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.report.ReportSnapshot;
import id.djpk.portal.report.ReportState;
import id.djpk.portal.report.ReportText;
import id.djpk.portal.report.ReportView;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.i18n.Format;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.application.FacesMessage;
import org.primefaces.event.FileUploadEvent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
    private transient ReportView view;
    private transient java.util.Map<String, Object> charts = new java.util.HashMap<>();
    private Locale viewLocale;

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
        this.view = null;
        this.technicalQuestions = r.getTechnicalQuestions();
        this.complaints = r.getComplaints();
        this.evaluation = r.getEvaluation();
        ReportSnapshot s = r.snapshot();
        List<EntryRow> rows = new ArrayList<>();
        for (String key : EnteredFigures.KEYS) {
            Figure f = s.figure(key);
            rows.add(new EntryRow(key, label(key), f.value(), f.enteredBy(),
                    f.enteredAt() == null ? null : fmt.dateTime(f.enteredAt()), s.fromData(key), s.importedFrom(key)));
        }
        this.entries = rows;
        this.socialMedia = EnteredFigures.PLATFORMS.stream().map(p -> new PlatformRow(text("report.platform." + p),
                entry(EnteredFigures.POSTS + p), entries.stream().filter(e -> e.getKey().equals(EnteredFigures.STORIES + p))
                        .findFirst().orElse(null), entry(EnteredFigures.FOLLOWERS + p), entry(EnteredFigures.REACH + p),
                entry(EnteredFigures.PROFILE_VISITS + p))).toList();
    }

    /** A platform's row of the social-media form: posts, stories (Instagram only, else null), followers, reach, visits. */
    public static class PlatformRow implements Serializable {
        private final String label;
        private final EntryRow posts;
        private final EntryRow stories;
        private final EntryRow followers;
        private final EntryRow reach;
        private final EntryRow profileVisits;

        PlatformRow(String label, EntryRow posts, EntryRow stories, EntryRow followers, EntryRow reach, EntryRow profileVisits) {
            this.label = label;
            this.posts = posts;
            this.stories = stories;
            this.followers = followers;
            this.reach = reach;
            this.profileVisits = profileVisits;
        }

        public String getLabel() { return label; }
        public EntryRow getPosts() { return posts; }
        public EntryRow getStories() { return stories; }
        public EntryRow getFollowers() { return followers; }
        public EntryRow getReach() { return reach; }
        public EntryRow getProfileVisits() { return profileVisits; }
    }

    private EntryRow entry(String key) {
        return entries.stream().filter(e -> e.getKey().equals(key)).findFirst().orElseThrow();
    }

    /** The form's chatbot menus (1–9 and "Tidak Dilanjutkan"). */
    public List<EntryRow> getChatbotEntries() {
        return entries.stream().filter(e -> e.getKey().startsWith(EnteredFigures.CHATBOT_MENU)).toList();
    }

    /** The form's Employee Advocacy figures: employees who took part, the target, all employees, activations by kind. */
    public List<EntryRow> getAdvocacyEntries() {
        return entries.stream().filter(e -> EnteredFigures.isAdvocacy(e.getKey())).toList();
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

    /**
     * Reads the month's social-media figures from a platform's export file (Meta Business Suite, X, YouTube Studio,
     * TikTok): the figures it carries replace what was typed, marked with the file; a file that cannot be read is
     * refused with the reason and changes nothing.
     */
    public void importSocialMedia(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        try (java.io.InputStream in = event.getFile().getInputStream()) {
            ReportService.SocialImport result = reports.importSocialMedia(report.getMonth(), name, in);
            show(result.report());
            FacesMessages.info("report.socialImported", result.figures().size(), name);
        } catch (BusinessException e) {
            FacesMessages.show(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    /** The report's sections as rows in the staff member's language (the same rows as the public page's). */
    public ReportView getView() {
        if (view == null || !view.getMonth().equals(report.getMonth().toString()) || !locale().equals(viewLocale)) {
            viewLocale = locale();
            view = new ReportView(report, viewLocale, clock.zone());
            charts = new java.util.HashMap<>();
        }
        return view;
    }

    /**
     * A chart's configuration, built once per view: a {@code ui:repeat} asks for its value in every phase of a request,
     * and the configuration is JSON built from the report's rows.
     */
    @SuppressWarnings("unchecked")
    private <T> T chart(String name, java.util.function.Supplier<T> build) {
        getView(); // a new view starts with no charts
        return (T) charts.computeIfAbsent(name, n -> build.get());
    }

    public List<BlastChannel> getBlastChannels() {
        return List.of(BlastChannel.values());
    }

    // ---------------------------------------------------------------- charts (Chart.js configuration for p:chart)

    public String getTrendChart() {
        return chart("trend", () -> bar(getView().getTrend()));
    }

    public String getChannelChart() {
        return chart("channels", () -> doughnut(getView().getChannelShares()));
    }

    /** Each consultation channel's last nine months, one chart each. */
    public List<String> getChannelCharts() {
        return chart("channelTrends", () -> getView().getChannelSections().stream().map(c -> bar(c.trend())).toList());
    }

    /** The other services' last nine months (chatbot, Email Lapor, video conferences, visits), one chart each. */
    public List<String> getServiceCharts() {
        return chart("serviceTrends", () -> getView().getServiceSections().stream().filter(c -> !c.trend().isEmpty())
                .map(c -> bar(c.trend())).toList());
    }

    /** The social-media trends: each platform's followers of the last six months. */
    public List<String> getSocialCharts() {
        return chart("social", () -> getView().getSocialCharts().stream().map(this::bar).toList());
    }

    public String getCategoryChart() {
        return chart("categories", () -> doughnut(getView().getCategoryShares()));
    }

    public String getTechnicalTopicChart() {
        return chart("technicalTopics", () -> bar(getView().getTechnicalTopicChart()));
    }

    public String getOtherTopicChart() {
        return chart("otherTopics", () -> bar(getView().getOtherTopicChart()));
    }

    public String getOutsideHoursChart() {
        return chart("outsideHours", () -> bar(getView().getOutsideHoursChart()));
    }

    public String getEscalationChart() {
        return chart("escalation", () -> doughnut(getView().getEscalationChart()));
    }

    public String getUnitChart() {
        return chart("units", () -> bar(getView().getUnitChart()));
    }

    public String getSatisfactionChart() {
        return chart("satisfaction", () -> bar(getView().getSatisfactionChart()));
    }

    public String getPpidDecisionChart() {
        return chart("ppidDecisions", () -> doughnut(getView().getPpidDecisionChart()));
    }

    public String getWebsiteChart() {
        return chart("website", () -> bar(getView().getWebsiteTrend()));
    }

    public String getPpidChart() {
        return chart("ppid", () -> bar(getView().getPpidTrend()));
    }

    private String bar(ReportView.Chart chart) {
        return ReportCharts.bar(chart.labels(), chart.values(), chart.title(), locale());
    }

    private String doughnut(ReportView.Chart chart) {
        return ReportCharts.doughnut(chart.labels(), chart.values(), locale());
    }

    // ---------------------------------------------------------------- helpers



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
