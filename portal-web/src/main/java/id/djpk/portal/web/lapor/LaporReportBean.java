package id.djpk.portal.web.lapor;

import id.djpk.portal.lapor.LaporDesk;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.lapor.LaporSubmission;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.helpdesk.StaffUnit;
import id.djpk.portal.web.security.CurrentUser;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Email Lapor → one report: what the region sent (every version's files), its history and e-mails, and the owning
 * unit's actions: start the review, accept, or return with a reason the region is e-mailed.
 */
@Named
@ViewScoped
public class LaporReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LaporService lapor;

    @Inject
    private LaporDesk desk;

    @Inject
    private MailService mail;

    @Inject
    private StaffUnit unit;

    @Inject
    private CurrentUser user;

    private String number;
    private LaporSubmission report;
    private String reason;

    /** Called by f:viewAction with ?nomor=; an unknown receipt, or another unit's for Layer 2, is not found. */
    public void load() {
        report = number == null ? null : lapor.find(number).filter(this::visible).orElse(null);
        if (report == null) {
            ViewParams.notFound("lapor.notFound");
        }
    }

    private boolean visible(LaporSubmission s) {
        return user.isAdmin() || user.is("AGENT") || desk.mayDecide(s, reviewer());
    }

    private LaporDesk.Reviewer reviewer() {
        return new LaporDesk.Reviewer(user.is("L2") ? unit.getCode() : null, user.isAdmin());
    }

    /** Whether the signed-in account may act on this report (its unit's Layer 2, an administrator). */
    public boolean isMayDecide() {
        return report != null && report.getStatus().isOpen() && desk.mayDecide(report, reviewer());
    }

    public void review() {
        act(() -> desk.review(report.getReceipt(), reviewer()), "lapor.reviewStarted");
    }

    public void accept() {
        act(() -> desk.decide(report.getReceipt(), "ACCEPTED", null, reviewer()), "lapor.acceptedDone");
    }

    public void giveBack() {
        act(() -> desk.decide(report.getReceipt(), "RETURNED", reason, reviewer()), "lapor.returnedDone");
    }

    private void act(Runnable step, String doneKey) {
        try {
            step.run();
            FacesMessages.info(doneKey, report.getReceipt());
            reason = null;
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of("reason", "decide:reason"));
        }
        report = lapor.require(report.getReceipt());
    }

    public List<OutboxMessage> getMessages() {
        return report == null ? List.of() : mail.about("LAPOR", report.getReceipt());
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public LaporSubmission getReport() { return report; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
