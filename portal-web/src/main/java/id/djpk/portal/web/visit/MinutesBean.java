package id.djpk.portal.web.visit;

import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.visit.Visit;
import id.djpk.portal.visit.VisitMinutes;
import id.djpk.portal.web.security.CurrentUser;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The unit's minutes (BAK), attendance list and recording link after a consultation. A Layer 2 account sees
 * and uploads for its own unit; the desk for every unit.
 */
@Named
@ViewScoped
public class MinutesBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("minutes", "minutes:bak", "recording_link", "minutes:recording");

    @Inject
    private VisitMinutes visitMinutes;

    @Inject
    private CurrentUser user;

    @Inject
    private StaffDirectory staff;

    private String code;
    private transient Part minutes;
    private transient Part attendance;
    private String recordingLink;
    private List<Visit> items;

    /** The uploader's unit; {@code null} for the desk and administrators, who upload for any unit. */
    String unit() {
        if (user.is("DESK") || user.isAdmin()) {
            return null;
        }
        return staff.findByUsername(user.getName()).map(StaffAccount::getUnit).map(u -> u.getCode()).orElse("-");
    }

    public List<Visit> getItems() {
        if (items == null) {
            items = visitMinutes.awaitingMinutes(unit());
        }
        return items;
    }

    public void upload() {
        try (InputStream bak = open(minutes); InputStream list = open(attendance)) {
            Visit v = visitMinutes.recordMinutes(code, unit(), bak, name(minutes), list, name(attendance), recordingLink);
            FacesMessages.info("visit.minutesRecorded", v.getBookingCode());
            items = null;
            code = null;
            recordingLink = null;
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Part p) throws IOException {
        return p == null || p.getSize() == 0 ? null : p.getInputStream();
    }

    private static String name(Part p) {
        return p == null ? null : p.getSubmittedFileName();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Part getMinutes() { return minutes; }
    public void setMinutes(Part minutes) { this.minutes = minutes; }
    public Part getAttendance() { return attendance; }
    public void setAttendance(Part attendance) { this.attendance = attendance; }
    public String getRecordingLink() { return recordingLink; }
    public void setRecordingLink(String recordingLink) { this.recordingLink = recordingLink; }
}
