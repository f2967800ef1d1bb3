package id.djpk.portal.web.admin;

import id.djpk.portal.lapor.AcceptedFiles;
import id.djpk.portal.lapor.DeadlineRule;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.lapor.LaporType;
import id.djpk.portal.lapor.PeriodKind;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The administrator's Email Lapor report types: the list, and one type at a time created or changed for its owning
 * unit (name, unit, period kind, deadline rule, accepted file kinds and size per file), as
 * {@code PUT /portal/api/lapor/types/{code}} does.
 */
@Named
@ViewScoped
public class LaporTypesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("code", "typeForm:code", "name", "typeForm:name",
            "unit", "typeForm:unit", "period", "typeForm:period", "deadline.monthsAfter", "typeForm:months",
            "deadline.day", "typeForm:day", "accepts", "typeForm:accepts", "maxMb", "typeForm:maxMb");

    @Inject
    private LaporService lapor;

    @Inject
    private ReferenceData reference;

    private List<LaporType> types;
    private boolean creating;
    private String code;
    private String name;
    private String unit;
    private PeriodKind period;
    private Integer months;
    private Integer day;
    private List<String> accepts = new ArrayList<>();
    private Integer maxMb;

    @PostConstruct
    void load() {
        types = lapor.types();
    }

    public void startNew() {
        creating = true;
        code = null;
        name = null;
        unit = null;
        period = PeriodKind.MONTHLY;
        months = null;
        day = null;
        accepts = new ArrayList<>(AcceptedFiles.DEFAULT.kindNames());
        maxMb = AcceptedFiles.DEFAULT.maxMb();
    }

    public void startEdit(LaporType t) {
        creating = false;
        code = t.getCode();
        name = t.getName();
        unit = t.getUnitCode();
        period = t.getPeriodKind();
        months = t.deadline().map(DeadlineRule::monthsAfter).orElse(null);
        day = t.deadline().map(DeadlineRule::day).orElse(null);
        accepts = new ArrayList<>(t.accepted().kindNames());
        maxMb = t.getMaxMb();
    }

    public void save() {
        try {
            LaporType saved = lapor.setType(code, name, unit, period == null ? null : period.name(), DeadlineRule.of(months, day),
                    accepts, maxMb == null ? 0 : maxMb);
            FacesMessages.info(creating ? "laporTypes.added" : "laporTypes.updated", saved.getCode());
            types = lapor.types();
            PrimeFaces.current().ajax().update("types:table", "types:typeMessages");
            PrimeFaces.current().executeScript("PF('typeDialog').hide()");
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public List<LaporType> getTypes() { return types; }
    public List<OrgUnit> getUnits() { return reference.units(); }
    public PeriodKind[] getPeriodKinds() { return PeriodKind.values(); }
    public List<String> getAllowedKinds() { return AcceptedFiles.DEFAULT.kindNames(); }
    public int getMaxMbLimit() { return AcceptedFiles.MAX_MB; }
    public boolean isCreating() { return creating; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public PeriodKind getPeriod() { return period; }
    public void setPeriod(PeriodKind period) { this.period = period; }
    public Integer getMonths() { return months; }
    public void setMonths(Integer months) { this.months = months; }
    public Integer getDay() { return day; }
    public void setDay(Integer day) { this.day = day; }
    public List<String> getAccepts() { return accepts; }
    public void setAccepts(List<String> accepts) { this.accepts = accepts; }
    public Integer getMaxMb() { return maxMb; }
    public void setMaxMb(Integer maxMb) { this.maxMb = maxMb; }
}
