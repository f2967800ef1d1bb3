package id.djpk.portal.web.helpdesk;

import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in Layer 2 account's unit: L2 pages act for it and no other, whatever the address says. */
@Named
@RequestScoped
public class StaffUnit {

    @Inject
    private StaffDirectory staff;

    @Inject
    private CurrentUser user;

    private String code;

    public String getCode() {
        if (code == null) {
            code = user.getName() == null ? "" : staff.findByUsername(user.getName()).map(StaffAccount::getUnit)
                    .map(OrgUnit::getCode).orElse("");
        }
        return code.isEmpty() ? null : code;
    }
}
