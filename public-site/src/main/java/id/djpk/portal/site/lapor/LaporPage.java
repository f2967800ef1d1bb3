package id.djpk.portal.site.lapor;

import id.djpk.portal.site.web.FormModel;
import id.djpk.portal.site.web.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * The three Email Lapor pages' model: the form (fields, regions, types), the receipt after sending (the access code
 * shown this once), and the status by receipt number and code, with the correction form after a return.
 */
public class LaporPage extends FormModel {

    /** A file of the version in force: name, size, SHA-256. */
    public record FileRow(String name, String size, String sha256) {
        public String getName() { return name; }
        public String getSize() { return size; }
        public String getSha256() { return sha256; }
    }

    /** One step of the history. */
    public record Step(String at, String status, String note) {
        public String getAt() { return at; }
        public String getStatus() { return status; }
        public String getNote() { return note; }
    }

    private final List<Option> regions = new ArrayList<>();
    private final List<Option> types = new ArrayList<>();
    private final List<FileRow> files = new ArrayList<>();
    private final List<Step> history = new ArrayList<>();
    private String formAction = "/lapor/status";
    private String receipt;
    private String code;
    private String statusLink;
    private String received;
    private String deadline;
    private String timeliness;
    private String status;
    private String reportType;
    private String period;
    private String region;
    private String reason;
    private String earlierReceipt;
    private String blocked;
    private boolean searched;
    private boolean found;
    private boolean correctable;

    public List<Option> getRegions() { return regions; }
    public List<Option> getTypes() { return types; }
    public List<FileRow> getFiles() { return files; }
    public List<Step> getHistory() { return history; }
    public String getFormAction() { return formAction; }
    void setFormAction(String formAction) { this.formAction = formAction; }
    public String getReceipt() { return receipt; }
    void setReceipt(String receipt) { this.receipt = receipt; }
    public String getCode() { return code; }
    void setCode(String code) { this.code = code; }
    public String getStatusLink() { return statusLink; }
    void setStatusLink(String statusLink) { this.statusLink = statusLink; }
    public String getReceived() { return received; }
    void setReceived(String received) { this.received = received; }
    public String getDeadline() { return deadline; }
    void setDeadline(String deadline) { this.deadline = deadline; }
    public String getTimeliness() { return timeliness; }
    void setTimeliness(String timeliness) { this.timeliness = timeliness; }
    public String getStatus() { return status; }
    void setStatus(String status) { this.status = status; }
    public String getReportType() { return reportType; }
    void setReportType(String reportType) { this.reportType = reportType; }
    public String getPeriod() { return period; }
    void setPeriod(String period) { this.period = period; }
    public String getRegion() { return region; }
    void setRegion(String region) { this.region = region; }
    public String getReason() { return reason; }
    void setReason(String reason) { this.reason = reason; }
    public String getEarlierReceipt() { return earlierReceipt; }
    void setEarlierReceipt(String earlierReceipt) { this.earlierReceipt = earlierReceipt; }
    public String getBlocked() { return blocked; }
    void setBlocked(String blocked) { this.blocked = blocked; }
    public boolean isSearched() { return searched; }
    void setSearched(boolean searched) { this.searched = searched; }
    public boolean isFound() { return found; }
    void setFound(boolean found) { this.found = found; }
    public boolean isCorrectable() { return correctable; }
    void setCorrectable(boolean correctable) { this.correctable = correctable; }
}
