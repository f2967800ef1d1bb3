package id.djpk.portal.web.visit;

import id.djpk.portal.system.BusinessException;
import id.djpk.portal.visit.Admission;
import id.djpk.portal.visit.Visit;
import id.djpk.portal.visit.VisitReception;
import id.djpk.portal.visit.VisitService;
import id.djpk.portal.visit.VisitStatus;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reception: the booking by code or by the QR code of its confirmation letter, the allowed number of guests,
 * and the record of who came. Someone without a schedule for today is refused with the circular's rule.
 */
@Named
@ViewScoped
public class ReceptionBean implements Serializable {

    @Inject
    private VisitService visits;

    @Inject
    private VisitReception reception;

    private String input;
    private Visit visit;
    /** The listed guests ticked, by their number in the list (the widget may hand them over as text or as numbers). */
    private List<Object> arrived = new ArrayList<>();
    private String others;
    private Admission admission;
    private String lateReason;

    public void find() {
        visit = null;
        admission = null;
        arrived = new ArrayList<>();
        others = null;
        lateReason = null;
        try {
            visit = reception.findForReception(input);
            if (visit.getStatus() == VisitStatus.HELD) {
                admission = new Admission(visit.getGuestsArrived(), visit.allowedGuests(), visit.getGuestsAdmitted(),
                        visit.isGuestBreach());
            }
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
    }

    public void checkIn() {
        try {
            Set<Integer> listed = new HashSet<>();
            arrived.forEach(a -> listed.add(Integer.parseInt(String.valueOf(a))));
            List<String> unlisted = others == null ? List.of()
                    : Arrays.stream(others.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            admission = reception.checkIn(visit.getBookingCode(), listed, unlisted, lateReason);
            visit = visits.find(visit.getBookingCode()).orElseThrow();
            if (admission.breach()) {
                FacesMessages.warn("visit.breachRecorded", admission.arrived(), admission.allowed(), admission.admitted());
            } else {
                FacesMessages.info("visit.checkedIn", admission.admitted());
            }
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
    }

    /** The booked session has ended: the guests are admitted only with the desk's reason (E.3.c.11). */
    public boolean isLate() {
        return isCanCheckIn() && reception.sessionOver(visit);
    }

    public String getLateReason() { return lateReason; }
    public void setLateReason(String lateReason) { this.lateReason = lateReason; }

    public boolean isCanCheckIn() {
        return visit != null && visit.getStatus() == VisitStatus.CONFIRMED;
    }

    public String getInput() { return input; }
    public void setInput(String input) { this.input = input; }
    public Visit getVisit() { return visit; }
    public List<Object> getArrived() { return arrived; }
    public void setArrived(List<Object> arrived) { this.arrived = arrived; }
    public String getOthers() { return others; }
    public void setOthers(String others) { this.others = others; }
    public Admission getAdmission() { return admission; }
}
