package id.djpk.portal.web.system;

import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.Violation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.ResourceBundle;

/** Shows business failures and confirmations as Faces messages in the staff member's language. */
public final class FacesMessages {

    private FacesMessages() {
    }

    /**
     * Shows each violation beside its field ({@code fieldIds} maps the service's field names to
     * client ids); the rest as global messages.
     */
    public static void show(BusinessException e, Map<String, String> fieldIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var locale = faces.getViewRoot().getLocale();
        if (e instanceof InvalidInputException invalid) {
            for (Violation v : invalid.getViolations()) {
                String text = Messages.text(locale, v.key(), v.arguments().toArray());
                faces.addMessage(fieldIds.get(v.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            if (!invalid.getViolations().isEmpty()) {
                String summary = text("form.fixErrors");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
            }
        } else {
            String text = Messages.text(locale, e);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    public static void show(BusinessException e) {
        show(e, Map.of());
    }

    public static void info(String key, Object... arguments) {
        String text = java.text.MessageFormat.format(text(key), arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A warning that does not stop what was done (e.g. a holiday entered on a Saturday). */
    public static void warn(String key, Object... arguments) {
        String text = java.text.MessageFormat.format(text(key), arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... arguments) {
        String text = java.text.MessageFormat.format(text(key), arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** The message {@code key} in the staff member's language with its arguments filled in, to show in the page. */
    public static String format(String key, Object... arguments) {
        return java.text.MessageFormat.format(text(key), arguments);
    }

    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
