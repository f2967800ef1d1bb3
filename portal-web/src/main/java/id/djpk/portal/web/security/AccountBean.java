package id.djpk.portal.web.security;

import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** "Akun Saya": the signed-in staff member's own account and password. */
@Named
@RequestScoped
public class AccountBean {

    @Inject
    private StaffDirectory staff;

    @Inject
    private CurrentUser user;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public StaffAccount getAccount() {
        return staff.findByUsername(user.getName()).orElse(null);
    }

    /** Whether the password an administrator gave must be replaced before anything else. */
    public boolean isMustChange() {
        StaffAccount account = getAccount();
        return account != null && account.isMustChangePassword();
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            FacesMessages.error("account.passwordsDiffer");
            return;
        }
        try {
            String stamp = staff.changeOwnPassword(user.getName(), currentPassword == null ? "" : currentPassword,
                    newPassword);
            PortalAuthentication.passwordChanged(
                    (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), stamp);
            FacesMessages.info("account.passwordChanged");
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of());
        }
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
