package id.djpk.portal.site.ppid;

import id.djpk.portal.system.Links;
import id.djpk.portal.ppid.InformationRequest;
import id.djpk.portal.ppid.ObjectionGround;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The status page's model. It carries only what the requester may see again: no NIK, no address, no ID
 * scan, since whoever holds the number and the code (a forwarded email, a shared screen) sees this page.
 */
public class PpidStatus {

    /** One public step of the timeline. */
    public record Step(String at, String isoAt, String event, String text) {
        public String getAt() { return at; }
        public String getIsoAt() { return isoAt; }
        public String getEvent() { return event; }
        public String getText() { return text; }
    }

    private String number = "";
    private String code = "";
    private boolean searched;
    private boolean found;
    private String status;
    private String received;
    private String dueDate;
    private String dueExplanation;
    private String decision;
    private String decisionText;
    private List<Step> timeline = List.of();
    private boolean objectionAllowed;
    private String objectionDue;
    private String objectionDueExplanation;
    private String objectionOutcomeText;
    private String objectionGround = "";
    private String objectionReason = "";
    private final Map<String, String> objectionErrors = new HashMap<>();
    private String objectionGeneral;
    private boolean objectionFiledNow;
    private List<Given> given = List.of();
    private String objectionOutcome;
    private String blocked;
    private String formAction = Links.PPID_STATUS;

    /** Something the PPID gave: the notice, a file (with its size) or a publication link. */
    public record Given(String title, String kind, String href, String size, Long fileId) {
        public boolean isFile() { return fileId != null; }
        public Long getFileId() { return fileId; }
        public String getTitle() { return title; }
        public String getKind() { return kind; }
        public String getHref() { return href; }
        public String getSize() { return size; }
    }

    /** "Coba lagi nanti": too many wrong codes for this number lately. */
    public String getBlocked() { return blocked; }
    void setBlocked(String text) { this.blocked = text; }
    /** Where the look-up form posts: the status page, or the receipt after submitting. */
    public String getFormAction() { return formAction; }
    void setFormAction(String action) { this.formAction = action; }

    public List<Given> getGiven() { return given; }
    void setGiven(List<Given> given) { this.given = given; }
    public String getObjectionOutcome() { return objectionOutcome; }
    void setObjectionOutcome(String objectionOutcome) { this.objectionOutcome = objectionOutcome; }

    /** {@code objectionAllowed}: what {@link InformationRequest#mayObject} answers today. */
    void found(InformationRequest r, String status, String dueDate, String dueExplanation, String decision,
            List<Step> timeline, boolean objectionAllowed) {
        this.found = true;
        this.status = status;
        this.dueDate = dueDate;
        this.dueExplanation = dueExplanation;
        this.decision = decision;
        this.decisionText = r.getDecisionText();
        this.timeline = timeline;
        this.objectionOutcomeText = r.getObjectionText();
        this.objectionAllowed = objectionAllowed;
    }

    public List<String> getGrounds() {
        return Arrays.stream(ObjectionGround.values()).map(Enum::name).toList();
    }

    public String getNumber() { return number; }
    void setNumber(String number) { this.number = number == null ? "" : number; }
    public String getCode() { return code; }
    void setCode(String code) { this.code = code == null ? "" : code; }
    public boolean isSearched() { return searched; }
    void setSearched(boolean searched) { this.searched = searched; }
    public boolean isFound() { return found; }
    public String getStatus() { return status; }
    /** When it came, and from which working day the 10 days count when it came outside office hours. */
    public String getReceived() { return received; }
    void setReceived(String received) { this.received = received; }
    public String getDueDate() { return dueDate; }
    public String getDueExplanation() { return dueExplanation; }
    public String getDecision() { return decision; }
    public String getDecisionText() { return decisionText; }
    public List<Step> getTimeline() { return timeline; }
    public boolean isObjectionAllowed() { return objectionAllowed; }
    void setObjectionAllowed(boolean allowed) { this.objectionAllowed = allowed; }
    public String getObjectionDue() { return objectionDue; }
    void setObjectionDue(String due) { this.objectionDue = due; }
    public String getObjectionDueExplanation() { return objectionDueExplanation; }
    void setObjectionDueExplanation(String text) { this.objectionDueExplanation = text; }
    public String getObjectionOutcomeText() { return objectionOutcomeText; }
    public String getObjectionGround() { return objectionGround; }
    void setObjectionGround(String ground) { this.objectionGround = ground == null ? "" : ground; }
    public String getObjectionReason() { return objectionReason; }
    void setObjectionReason(String reason) { this.objectionReason = reason == null ? "" : reason; }
    public String objectionError(String field) { return objectionErrors.get(field); }
    void addObjectionError(String field, String message) { objectionErrors.putIfAbsent(field, message); }
    public String getObjectionGeneral() { return objectionGeneral; }
    void setObjectionGeneral(String text) { this.objectionGeneral = text; }
    public boolean isObjectionFiledNow() { return objectionFiledNow; }
    void setObjectionFiledNow(boolean now) { this.objectionFiledNow = now; }
}
