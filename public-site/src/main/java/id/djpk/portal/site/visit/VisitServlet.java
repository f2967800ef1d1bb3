package id.djpk.portal.site.visit;

import id.djpk.portal.system.Links;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.site.web.AccessLinks;
import id.djpk.portal.site.web.Option;
import id.djpk.portal.site.web.Outcome;
import id.djpk.portal.site.web.Pages;
import id.djpk.portal.site.web.RegionPicker;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.TooManyAttemptsException;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.site.web.InputTooLargeException;
import id.djpk.portal.site.web.MalformedFormException;
import id.djpk.portal.site.web.MultipartForm;
import id.djpk.portal.site.web.RequestLimits;
import id.djpk.portal.visit.DayAvailability;
import id.djpk.portal.visit.Visit;
import id.djpk.portal.visit.VisitEvent;
import id.djpk.portal.visit.VisitForm;
import id.djpk.portal.visit.VisitMode;
import id.djpk.portal.visit.VisitService;
import id.djpk.portal.visit.VisitSubmission;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The requester's visit pages: the booking form ({@code /kunjungan/permohonan}), the status page
 * ({@code /kunjungan/status}) and the free sessions ({@code /kunjungan/jadwal}). Plain HTML forms rendered
 * by transient Faces views, like the PPID pages: no session, no view state, nothing kept by a cache.
 */
// the form's multipart body is read by MultipartForm (limits per field, files on disk), not by the container
@WebServlet(urlPatterns = {Links.VISIT_FORM, Links.VISIT_STATUS, Links.VISIT_SCHEDULE})
public class VisitServlet extends HttpServlet {

    static final String FORM_VIEW = "/WEB-INF/views/kunjungan/permohonan.xhtml";
    static final String RECEIPT_VIEW = "/WEB-INF/views/kunjungan/diterima.xhtml";
    static final String STATUS_VIEW = "/WEB-INF/views/kunjungan/status.xhtml";
    static final String SCHEDULE_VIEW = "/WEB-INF/views/kunjungan/jadwal.xhtml";

    @Inject
    private VisitService visits;

    @Inject
    private id.djpk.portal.system.OfficeClock clock;

    @Inject
    private ReferenceData reference;

    @Inject
    private VisitIntake intake;

    @Inject
    private PortalConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Pages.noStore(response);
        switch (request.getServletPath()) {
            case Links.VISIT_FORM -> Pages.render(request, response, FORM_VIEW, "visitForm", lists(new VisitPage(), Pages.locale(request)));
            case Links.VISIT_STATUS -> {
                if (!AccessLinks.moveCodeToFragment(request, response, "akses")) {
                    status(request, response);
                }
            }
            default -> schedule(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Pages.noStore(response);
        if (Links.VISIT_STATUS.equals(request.getServletPath())) {
            // the access code comes by POST, typed or from the fragment of the access link
            status(request, response);
            return;
        }
        if (!Links.VISIT_FORM.equals(request.getServletPath())) {
            Pages.notAllowed(response, "GET");
            return;
        }
        submit(request, response);
    }

    // ---------------------------------------------------------------- booking form

    private void submit(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Language language = Pages.language(request);
        Locale locale = language.locale();
        VisitPage page = new VisitPage();
        try (MultipartForm body = MultipartForm.read(request, VisitIntake.FORM_SPEC, config)) {
            for (String field : VisitInput.TEXT_FIELDS) {
                page.set(field, body.value(field));
            }
            page.set("topics", String.join(";", body.values("topics")));
            List<String> dates = new ArrayList<>();
            for (int i = 1; i <= VisitPage.DATE_ROWS; i++) {
                String d = body.value("preferred_date_" + i);
                page.set("preferred_date_" + i, d);
                if (d != null && !d.isBlank()) {
                    dates.add(d.trim());
                }
            }
            page.set("preferred_dates", String.join(";", dates));
            for (int i = 1; i <= VisitPage.GUEST_ROWS; i++) {
                page.set("guest_name_" + i, Pages.trim(body.value("guest_name_" + i)));
                page.set("guest_position_" + i, Pages.trim(body.value("guest_position_" + i)));
                page.set("guest_head_" + i, body.value("guest_head_" + i) != null ? "true" : "false");
            }
            Map<String, String> fields = new HashMap<>();
            VisitInput.TEXT_FIELDS.forEach(f -> fields.put(f, page.value(f)));
            fields.put("region_code", RegionPicker.code(reference, page.value("region_code")));
            MultipartForm.Upload letter = body.upload("letter");
            Outcome<VisitSubmission> outcome = intake.submit(fields, page.guests(), letter, request, locale);
            if (!outcome.isAccepted()) {
                page.refuse(outcome.refusal());
                if (letter != null && outcome.refusal().correctable()) {
                    page.addError("letter", Pages.text(locale, "visit.form.letterAgain"));
                }
                response.setStatus(outcome.refusal().status());
                Pages.render(request, response, FORM_VIEW, "visitForm", lists(page, Pages.locale(request)));
                return;
            }
            receipt(request, response, outcome.accepted(), VisitInput.form(fields), language);
        } catch (InputTooLargeException e) {
            page.setGeneral(RequestLimits.message(locale, e));
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            Pages.render(request, response, FORM_VIEW, "visitForm", lists(page, Pages.locale(request)));
        } catch (MalformedFormException e) {
            page.setGeneral(RequestLimits.malformed(locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Pages.render(request, response, FORM_VIEW, "visitForm", lists(page, Pages.locale(request)));
        }
    }

    private void receipt(HttpServletRequest request, HttpServletResponse response, VisitSubmission s, VisitForm form,
            Language language) throws IOException, ServletException {
        Formats formats = Formats.of(language, clock.zone());
        Receipt receipt = new Receipt(s.code(), s.accessCode(),
                Links.VISIT_STATUS + "?kode=" + Pages.url(s.code()) + AccessCode.fragment("akses", s.accessCode()), formats.date(s.earliestDate()),
                form.getMode() == VisitMode.TATAP_MUKA && form.isRegionalGovernment() ? quota(form.getRegionCode().trim(), s.earliestDate(), language) : null,
                dates(form.preferredDateValues(), formats), Pages.received(s.receivedAt(), s.receiptDay(), formats, language.locale()));
        Pages.render(request, response, RECEIPT_VIEW, "visitReceipt", receipt);
    }

    /**
     * "Sisa kuota kunjungan tatap muka Kabupaten Bogor pada November 2026: 1 dari 2": what the circular's monthly
     * limit leaves the region in the month of the earliest date.
     */
    private String quota(String regionCode, LocalDate earliest, Language language) {
        Region region = reference.findRegion(regionCode).orElse(null);
        if (region == null) {
            return null;
        }
        YearMonth month = YearMonth.from(earliest);
        return Pages.text(language.locale(), "visit.receipt.quota", region.getName(),
                month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, language.locale()) + " " + month.getYear(),
                String.valueOf(visits.quotaLeft(region.getCode(), month)),
                String.valueOf(id.djpk.portal.visit.VisitRules.MONTHLY_VISITS_PER_REGION));
    }

    /** The dates the requester proposed, as the page's language writes them ("Kamis, 10 Desember 2026"). */
    private static List<String> dates(List<LocalDate> dates, Formats formats) {
        return dates.stream().map(d -> formats.weekday(d) + ", " + formats.date(d)).toList();
    }

    /** The page's model after submission: the access code is shown this once. */
    public record Receipt(String code, String accessCode, String statusLink, String earliestDate, String quota,
                          List<String> proposed, String received) {
        public List<String> getProposed() { return proposed; }
        public String getReceived() { return received; }
        public String getQuota() { return quota; }
        public String getCode() { return code; }
        public String getAccessCode() { return accessCode; }
        public String getStatusLink() { return statusLink; }
        public String getEarliestDate() { return earliestDate; }
    }


    private VisitPage lists(VisitPage page, Locale locale) {
        page.setRegions(reference.regions().stream()
                .map(r -> new Option(r.getCode(), r.getName(), r.getCode().equals(page.value("region_code")))).toList());
        page.setTopics(reference.subjectTopics().stream()
                .map(t -> new Option(t.getCode(), t.name(locale), page.hasTopic(t.getCode()))).toList());
        page.setUnits(reference.units().stream().filter(OrgUnit::isActive)
                .map(u -> new Option(u.getCode(), u.getName(), u.getCode().equals(page.value("preferred_unit")))).toList());
        return page;
    }

    // ---------------------------------------------------------------- status

    private void status(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Language language = Pages.language(request);
        Locale locale = language.locale();
        Formats formats = Formats.of(language, clock.zone());
        String code = Pages.trim(request.getParameter("kode"));
        // a GET shows the form (the booking code may come in the query); the access code only ever by POST
        boolean posted = "POST".equals(request.getMethod());
        String access = posted ? Pages.trim(request.getParameter("akses")) : "";
        StatusView view = new StatusView(code, access);
        if (posted && (!code.isEmpty() || !access.isEmpty())) {
            view.searched = true;
            Visit v;
            try {
                v = access.isEmpty() ? null : visits.findForRequester(code, access).orElse(null);
            } catch (TooManyAttemptsException e) {
                view.blocked = Messages.text(locale, e);
                v = null;
            }
            if (v == null) {
                response.setStatus(view.blocked != null ? 429 : HttpServletResponse.SC_NOT_FOUND);
            } else {
                ResourceBundle msg = Pages.bundle(locale);
                view.found = true;
                view.code = v.getBookingCode();
                view.status = msg.getString("visit.status." + v.getStatus().name());
                view.mode = msg.getString("visit.mode." + v.getMode().name());
                view.institution = v.getInstitution();
                view.region = reference.findRegion(v.getRegionCode()).map(Region::getName).orElse(v.getRegionCode());
                view.letter = v.getLetterNumber() + " (" + formats.date(v.getLetterDate()) + ")";
                view.earliest = formats.date(v.getEarliestDate());
                view.proposed = dates(v.preferredDateValues(), formats);
                view.received = Pages.received(v.getReceivedAt(), v.getReceiptDay(), formats, locale);
                view.guestsAllowed = v.allowedGuests();
                if (v.getSlot() != null && v.getStatus().scheduled()) {
                    view.schedule = formats.date(v.getSlotDate()) + ", " + visits.rules().time(v.getSlotNumber()).label() + " WIB";
                    view.unit = reference.findUnit(v.getUnitCode()).map(OrgUnit::getName).orElse(v.getUnitCode());
                    view.meetingLink = v.getMode() == VisitMode.VIDEO_CONFERENCE ? v.getMeetingLink() : null;
                    view.confirmationNumber = v.getConfirmationNumber();
                    view.verifyLink = v.getConfirmationNumber() == null ? null
                            : Links.LETTER_CHECK + "?nomor=" + Pages.url(v.getConfirmationNumber());
                }
                view.closedReason = v.getClosedReason();
                for (VisitEvent e : v.publicEvents()) {
                    view.timeline.add(new Step(formats.dateTime(e.getAt()), Formats.isoInstant(e.getAt()), msg.getString("visit.event." + e.getKind().name()),
                            e.noteText(d -> formats.weekday(d) + ", " + formats.date(d),
                                    n -> visits.rules().time(n).label() + " WIB", (key, args) -> Pages.text(locale, key, args))));
                }
            }
        }
        Pages.render(request, response, STATUS_VIEW, "visitStatus", view);
    }

    /** One step of the timeline. */
    public record Step(String at, String isoAt, String event, String note) {
        public String getAt() { return at; }
        public String getIsoAt() { return isoAt; }
        public String getEvent() { return event; }
        public String getNote() { return note; }
    }

    /** The status page's model. */
    public static class StatusView {
        private final String queryCode;
        private final String queryAccess;
        boolean searched;
        boolean found;
        String blocked;
        String code;
        String status;
        String mode;
        String institution;
        String region;
        String letter;
        String earliest;
        List<String> proposed = List.of();
        String received;
        int guestsAllowed;
        String schedule;
        String unit;
        String meetingLink;
        String confirmationNumber;
        String verifyLink;
        String closedReason;
        final List<Step> timeline = new ArrayList<>();

        StatusView(String queryCode, String queryAccess) {
            this.queryCode = queryCode;
            this.queryAccess = queryAccess;
        }

        public String getQueryCode() { return queryCode; }
        public String getQueryAccess() { return queryAccess; }
        public boolean isSearched() { return searched; }
        /** "Coba lagi nanti": too many wrong access codes for this booking code lately. */
        public String getBlocked() { return blocked; }
        public boolean isFound() { return found; }
        public String getCode() { return code; }
        public String getStatus() { return status; }
        public String getMode() { return mode; }
        public String getInstitution() { return institution; }
        public String getRegion() { return region; }
        public String getLetter() { return letter; }
        public String getEarliest() { return earliest; }
        /** The dates the requester proposed. */
        public List<String> getProposed() { return proposed; }
        /** When the request came, and the day it counts as received when that differs. */
        public String getReceived() { return received; }
        public int getGuestsAllowed() { return guestsAllowed; }
        public String getSchedule() { return schedule; }
        public String getUnit() { return unit; }
        public String getMeetingLink() { return meetingLink; }
        public String getConfirmationNumber() { return confirmationNumber; }
        public String getVerifyLink() { return verifyLink; }
        public String getClosedReason() { return closedReason; }
        public List<Step> getTimeline() { return timeline; }
    }

    // ---------------------------------------------------------------- free sessions

    private void schedule(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Language language = Pages.language(request);
        Formats formats = Formats.of(language, clock.zone());
        LocalDate from = visits.today();
        List<Day> days = new ArrayList<>();
        for (DayAvailability d : visits.availability(from, from.plusWeeks(4).minusDays(1))) {
            days.add(new Day(formats.date(d.date()), d.date().toString(), d.sessions(), d.free(), d.bookable()));
        }
        ScheduleView view = new ScheduleView(days, visits.rules().slots().stream().map(s -> s.label()).toList());
        view.earliest = formats.date(visits.earliestForNow());
        String regionCode = RegionPicker.code(reference, Pages.trim(request.getParameter("daerah")));
        if (!regionCode.isEmpty()) {
            reference.findRegion(regionCode).ifPresent(r -> {
                view.region = r.getName();
                view.regionCode = r.getCode();
                for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(from.plusWeeks(8))); m = m.plusMonths(1)) {
                    view.quota.add(new Quota(m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, language.locale())
                            + " " + m.getYear(), visits.quotaLeft(r.getCode(), m)));
                }
            });
        }
        view.regions = reference.regions().stream()
                .map(r -> new Option(r.getCode(), r.getName(), r.getCode().equals(view.regionCode))).toList();
        Pages.render(request, response, SCHEDULE_VIEW, "visitSchedule", view);
    }

    /** A working day with its sessions. */
    public record Day(String date, String isoDate, List<DayAvailability.Session> sessions, long free, boolean bookable) {
        public String getDate() { return date; }
        public String getIsoDate() { return isoDate; }
        public List<DayAvailability.Session> getSessions() { return sessions; }
        public long getFree() { return free; }
        public boolean isBookable() { return bookable; }
    }

    /** The quota left to a region in a month. */
    public record Quota(String month, int left) {
        public String getMonth() { return month; }
        public int getLeft() { return left; }
    }

    /** The free-sessions page's model. */
    public static class ScheduleView {
        private final List<Day> days;
        private final List<String> times;
        String region;
        String regionCode;
        List<Option> regions = List.of();
        final List<Quota> quota = new ArrayList<>();
        String earliest;

        ScheduleView(List<Day> days, List<String> times) {
            this.days = days;
            this.times = times;
        }

        public List<Day> getDays() { return days; }
        public List<String> getTimes() { return times; }
        public String getRegion() { return region; }
        public String getRegionCode() { return regionCode; }
        public List<Option> getRegions() { return regions; }
        public List<Quota> getQuota() { return quota; }
        /** The first day a request sent now could be scheduled, formatted. */
        public String getEarliest() { return earliest; }
    }
}
