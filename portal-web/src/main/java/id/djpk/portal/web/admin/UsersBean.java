package id.djpk.portal.web.admin;

import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The administrator's staff accounts screen: create, edit roles and unit, disable, reset password. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of(
            "username", "editForm:username", "fullName", "editForm:fullName", "password", "editForm:password",
            "roles", "editForm:roles", "unit", "editForm:unit");

    @Inject
    private StaffDirectory staff;

    @Inject
    private ReferenceData reference;

    private List<StaffAccount> accounts;
    private Long editingId;
    private String username;
    private String fullName;
    private String email;
    private String password;
    private List<Role> roles = new ArrayList<>();
    private String unitCode;
    private String issuedPassword;
    private String issuedFor;

    @PostConstruct
    void init() {
        accounts = staff.all();
    }

    public void startNew() {
        editingId = null;
        username = null;
        fullName = null;
        email = null;
        password = StaffDirectory.generatePassword();
        roles = new ArrayList<>();
        unitCode = null;
    }

    public void startEdit(StaffAccount account) {
        editingId = account.getId();
        username = account.getUsername();
        fullName = account.getFullName();
        email = account.getEmail();
        password = null;
        roles = new ArrayList<>(account.getRoles());
        unitCode = account.getUnit() == null ? null : account.getUnit().getCode();
    }

    public void save() {
        try {
            var set = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
            if (editingId == null) {
                staff.create(username, fullName, email, password, set, unitCode);
                issuedPassword = password;
                issuedFor = username;
                FacesMessages.info("users.created", username);
            } else {
                staff.update(editingId, fullName, email, set, unitCode);
                FacesMessages.info("users.updated", username);
            }
            accounts = staff.all();
            org.primefaces.PrimeFaces.current().executeScript("PF('editDialog').hide()");
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void toggle(StaffAccount account) {
        try {
            staff.setEnabled(account.getId(), !account.isEnabled());
            accounts = staff.all();
            FacesMessages.info(account.isEnabled() ? "users.disabled" : "users.enabled", account.getUsername());
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
    }

    public void resetPassword(StaffAccount account) {
        issuedPassword = staff.resetPassword(account.getId());
        issuedFor = account.getUsername();
        accounts = staff.all();
    }

    public Role[] getAllRoles() { return Role.values(); }
    public List<OrgUnit> getUnits() { return reference.units(); }
    public List<StaffAccount> getAccounts() { return accounts; }
    public boolean isEditingNew() { return editingId == null; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public String getIssuedPassword() { return issuedPassword; }
    public String getIssuedFor() { return issuedFor; }
    public void clearIssued() { issuedPassword = null; issuedFor = null; }
}
