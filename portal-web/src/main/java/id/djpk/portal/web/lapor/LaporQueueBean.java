package id.djpk.portal.web.lapor;

import id.djpk.portal.email.LaporMailbox;
import id.djpk.portal.lapor.LaporDesk;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.lapor.LaporStatus;
import id.djpk.portal.lapor.LaporSubmission;
import id.djpk.portal.lapor.LaporType;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.web.helpdesk.StaffUnit;
import id.djpk.portal.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Email Lapor → the queue: a Layer 2 account's unit's reports (agents and administrators every unit's), newest first,
 * filtered by type, period, region and status; superseded versions only when that status is chosen.
 */
@Named
@ViewScoped
public class LaporQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LaporDesk desk;

    @Inject
    private LaporService lapor;

    @Inject
    private ReferenceData reference;

    @Inject
    private StaffUnit unit;

    @Inject
    private LaporMailbox mailbox;

    @Inject
    private CurrentUser user;

    private String type;
    private String period;
    private String region;
    private LaporStatus status;
    private List<LaporSubmission> items;
    private List<LaporType> types;
    private long emailsWaiting;

    @PostConstruct
    void load() {
        types = lapor.types();
        emailsWaiting = mailbox.waitingCount();
        search();
    }

    public void search() {
        items = desk.queue(new LaporDesk.Filter(type, period, region, status, ownUnit()));
    }

    /** A Layer 2 account's unit; null for agents and administrators, who see every unit's reports. */
    String ownUnit() {
        if (user.isAdmin() || user.is("AGENT")) {
            return null;
        }
        return unit.getCode() == null ? "-" : unit.getCode();
    }

    public String typeName(String code) {
        return types.stream().filter(t -> t.getCode().equals(code)).map(LaporType::getName).findFirst().orElse(code);
    }

    public String regionName(String code) {
        return reference.findRegion(code).map(Region::getName).orElse(code);
    }

    /** The e-mailed reports waiting to be classified (the link to Email Lapor masuk). */
    public long getEmailsWaiting() { return emailsWaiting; }
    public LaporStatus[] getStatuses() { return LaporStatus.values(); }
    public List<LaporType> getTypes() { return types; }
    public List<LaporSubmission> getItems() { return items; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public LaporStatus getStatus() { return status; }
    public void setStatus(LaporStatus status) { this.status = status; }
}
