package id.djpk.portal.reference;

import java.io.Serializable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An echelon-II unit of DJPK; Layer 2 accounts are bound to one. */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "OrgUnit.all", query = "SELECT u FROM OrgUnit u ORDER BY u.code")
public class OrgUnit implements Serializable {

    @Id
    private String code;
    private String name;
    private boolean active = true;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isActive() { return active; }
    public void setName(String name) { this.name = name; }
    public void setActive(boolean active) { this.active = active; }
}
