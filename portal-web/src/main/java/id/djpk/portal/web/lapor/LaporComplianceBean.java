package id.djpk.portal.web.lapor;

import id.djpk.portal.lapor.ComplianceMatrix;
import id.djpk.portal.lapor.ComplianceRow;
import id.djpk.portal.lapor.ComplianceState;
import id.djpk.portal.lapor.LaporCompliance;
import id.djpk.portal.lapor.LaporReminders;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.lapor.LaporType;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.helpdesk.StaffUnit;
import id.djpk.portal.web.security.CurrentUser;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Email Lapor → compliance: every region for one report type and period as on time, late, received, returned or
 * missing, filtered by state and province, with the CSV download. The URL carries the choice ({@code ?jenis=DAU&periode=
 * 2024-05&status=MISSING&provinsi=61}), so a PIC can send it on. A Layer 2 account chooses among its unit's types.
 */
@Named
@ViewScoped
public class LaporComplianceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LaporCompliance compliance;

    @Inject
    private LaporReminders reminders;

    @Inject
    private LaporService lapor;

    @Inject
    private ReferenceData reference;

    @Inject
    private StaffUnit unit;

    @Inject
    private CurrentUser user;

    private String type;
    private String period;
    private ComplianceState state;
    private String province;
    private List<LaporType> types;
    private ComplianceMatrix matrix;
    private List<ComplianceRow> rows = List.of();

    /** Called by f:viewAction: the first of the account's types and its latest ended period unless the URL names them. */
    public void load() {
        String own = ownUnit();
        types = lapor.activeTypes().stream().filter(t -> own == null || t.getUnitCode().equals(own)).toList();
        if (types.isEmpty()) {
            return;
        }
        if (type == null || type.isBlank() || types.stream().noneMatch(t -> t.getCode().equals(type))) {
            type = types.get(0).getCode();
        }
        if (period == null || period.isBlank()) {
            period = compliance.latestEndedPeriod(type);
        }
        try {
            matrix = compliance.matrix(type, period, own);
            rows = matrix.rows().stream().filter(r -> state == null || r.state() == state)
                    .filter(r -> province == null || province.isBlank() || province.equals(r.provinceCode())).toList();
        } catch (BusinessException e) {
            matrix = null;
            rows = List.of();
            FacesMessages.show(e, Map.of("period", "filters:period"));
        }
    }

    /** The filters' button: the same page with the choice in its URL. */
    public String show() {
        return "/lapor/kepatuhan.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** A Layer 2 account's unit; null for agents and administrators, who see every type. */
    String ownUnit() {
        if (user.isAdmin() || user.is("AGENT")) {
            return null;
        }
        return unit.getCode() == null ? "-" : unit.getCode();
    }

    /** The CSV of the matrix shown (every region, whatever the state and province filters). */
    public String getCsvPath() {
        return matrix == null ? null : "/api/lapor/compliance.csv?type=" + url(matrix.typeCode()) + "&period=" + url(matrix.period());
    }

    public long count(ComplianceState s) {
        return matrix == null ? 0 : matrix.counts().get(s);
    }

    public List<Region> getProvinces() {
        return reference.regions().stream().filter(r -> r.getLevel() == Region.Level.PROVINSI)
                .sorted(Comparator.comparing(Region::getName)).toList();
    }

    public String periodHint() {
        return types == null ? "" : types.stream().filter(t -> t.getCode().equals(type)).findFirst()
                .map(t -> t.getPeriodKind().example()).orElse("");
    }

    public int getReminderDays() {
        return reminders.reminderDays();
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public ComplianceState[] getStates() { return ComplianceState.values(); }
    public List<LaporType> getTypes() { return types; }
    public ComplianceMatrix getMatrix() { return matrix; }
    public List<ComplianceRow> getRows() { return rows; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    /** The state as the URL carries it; an unknown one shows every state. */
    public String getStateName() { return state == null ? null : state.name(); }
    public void setStateName(String name) {
        state = java.util.Arrays.stream(ComplianceState.values()).filter(s -> s.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst().orElse(null);
    }
    public ComplianceState getState() { return state; }
    public void setState(ComplianceState state) { this.state = state; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
}
