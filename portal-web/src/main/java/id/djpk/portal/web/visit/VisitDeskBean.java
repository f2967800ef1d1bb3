package id.djpk.portal.web.visit;

import id.djpk.portal.system.BusinessException;
import id.djpk.portal.visit.Slot;
import id.djpk.portal.visit.Visit;
import id.djpk.portal.visit.VisitDesk;
import id.djpk.portal.visit.VisitEvent;
import id.djpk.portal.visit.VisitReception;
import id.djpk.portal.visit.VisitService;
import id.djpk.portal.visit.VisitStatus;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One booking for the desk: the request with its letter and guests, the proposed sessions, and the actions
 * its state allows (confirm with unit and meeting link, reschedule, cancel, no-show). The service checks
 * every rule again and audits.
 */
@Named
@ViewScoped
public class VisitDeskBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("slot", "confirm:slot", "unit", "confirm:unit",
            "meeting_link", "confirm:link", "reason", "cancel:reason");

    @Inject
    private VisitService visits;

    @Inject
    private VisitDesk desk;

    @Inject
    private VisitReception reception;

    @Inject
    private VisitLabels labels;

    private String code;
    private Visit visit;
    private List<Slot> proposals;

    private String proposal;
    private LocalDate date;
    private Integer session;
    private String unitCode;
    private String meetingLink;
    private String note;
    private String reason;

    public void load() {
        if (code != null && (visit == null || !code.equalsIgnoreCase(visit.getBookingCode()))) {
            visit = visits.find(code).orElse(null);
            if (visit != null) {
                unitCode = visit.getUnitCode() != null ? visit.getUnitCode() : visit.getPreferredUnit();
                meetingLink = visit.getMeetingLink();
            }
        }
        if (visit == null) {
            ViewParams.notFound("visit.notFound");
        }
    }

    public List<Slot> getProposals() {
        if (proposals == null) {
            proposals = visit.getStatus() == VisitStatus.REQUESTED || visit.getStatus() == VisitStatus.CONFIRMED
                    ? desk.proposals(visit.getBookingCode()) : List.of();
        }
        return proposals;
    }

    public String keyOf(Slot s) {
        return s.date() + "#" + s.number();
    }

    /** The chosen session: the date and session typed in, else the proposal picked. */
    private Slot chosen() {
        if (date != null && session != null) {
            return new Slot(date, session);
        }
        if (proposal != null && proposal.contains("#")) {
            String[] p = proposal.split("#");
            return new Slot(LocalDate.parse(p[0]), Integer.parseInt(p[1]));
        }
        return null;
    }

    public void confirm() {
        try {
            visit = desk.confirm(visit.getBookingCode(), chosen(), unitCode, meetingLink);
            FacesMessages.info("visit.confirmed", visit.getConfirmationNumber());
            reset();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void reschedule() {
        try {
            visit = desk.reschedule(visit.getBookingCode(), chosen(), note);
            FacesMessages.info("visit.rescheduled", visit.getConfirmationNumber());
            reset();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void cancel() {
        try {
            visit = desk.cancel(visit.getBookingCode(), reason);
            FacesMessages.info("visit.cancelled");
            reset();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void noShow() {
        try {
            visit = reception.markNoShow(visit.getBookingCode());
            FacesMessages.info("visit.noShowRecorded");
            reset();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    // ---------------------------------------------------------------- what each confirmation says

    /** "Budi Santoso <budi@…>, Pemerintah Kabupaten Sleman": whom the letter goes to. */
    private String recipient() {
        return FacesMessages.format("confirm.visitRecipient", visit.getContactName(), visit.getEmail(), visit.getInstitution());
    }

    /**
     * The confirmation letter: to whom, the session chosen (the choices' ajax renders the buttons again) and the
     * unit. Rescheduling says the same of the new letter.
     */
    public String getConfirmSummary() {
        Slot slot = chosen();
        return FacesMessages.format(isRequested() ? "confirm.visitConfirm" : "confirm.visitReschedule", recipient(),
                slot == null ? FacesMessages.text("confirm.notChosen") : labels.slot(slot),
                labels.unit(isRequested() ? unitCode : visit.getUnitCode()));
    }

    /** The cancellation notice: to whom, and which booking. */
    public String getCancelSummary() {
        return FacesMessages.format("confirm.visitCancel", visit.getBookingCode(), recipient());
    }

    private void reset() {
        visit = visits.find(visit.getBookingCode()).orElseThrow();
        proposals = null;
        proposal = null;
        date = null;
        session = null;
        note = null;
        reason = null;
    }

    public List<VisitEvent> getEvents() {
        return visit.getEvents().stream().sorted(Comparator.comparing(VisitEvent::getAt)).toList();
    }

    public boolean isRequested() {
        return visit.getStatus() == VisitStatus.REQUESTED;
    }

    public boolean isConfirmed() {
        return visit.getStatus() == VisitStatus.CONFIRMED;
    }

    public boolean isOpen() {
        return isRequested() || isConfirmed();
    }

    public boolean isVideoConference() {
        return visit.getMode() == id.djpk.portal.visit.VisitMode.VIDEO_CONFERENCE;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Visit getVisit() { return visit; }
    public String getProposal() { return proposal; }
    public void setProposal(String proposal) { this.proposal = proposal; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public Integer getSession() { return session; }
    public void setSession(Integer session) { this.session = session; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public String getMeetingLink() { return meetingLink; }
    public void setMeetingLink(String meetingLink) { this.meetingLink = meetingLink; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
