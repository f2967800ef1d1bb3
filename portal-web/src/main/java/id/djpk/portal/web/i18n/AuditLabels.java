package id.djpk.portal.web.i18n;

import id.djpk.portal.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/**
 * The words for what the audit trail and the histories record: an action code ({@code PUBLICATION_CREATED}) as
 * "Publikasi dibuat", a recorded type ({@code StaffAccount}) as "Akun staf", and the portal's own actors
 * ({@code public}, {@code system}) as "Pemohon (publik)" and "Sistem", in the page's language. The labels are the
 * staff messages {@code auditAction.*}, {@code auditEntity.*} and {@code auditActor.*}; {@code EnumLabelsTest}
 * fails when an action the code records has none. An unknown code is shown as recorded rather than hidden.
 */
@Named("auditLabels")
@RequestScoped
public class AuditLabels {

    private ResourceBundle bundle;

    private String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        if (bundle == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            bundle = context.getApplication().getResourceBundle(context, "msg");
        }
        String key = prefix + code;
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    public String action(String code) {
        return label("auditAction.", code);
    }

    public String entity(String type) {
        return label("auditEntity.", type);
    }

    /** A staff member's user name as recorded; the portal's own actors in words. */
    public String actor(String actor) {
        return AuditTrail.PUBLIC.equals(actor) || AuditTrail.SYSTEM.equals(actor) ? label("auditActor.", actor) : actor;
    }
}
