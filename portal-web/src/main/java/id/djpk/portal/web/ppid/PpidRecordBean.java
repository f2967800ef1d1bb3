package id.djpk.portal.web.ppid;

import id.djpk.portal.email.PpidEmail;
import id.djpk.portal.email.PpidMailbox;
import id.djpk.portal.ppid.DeliveryMethod;
import id.djpk.portal.ppid.ObtainMethod;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.ppid.RequestForm;
import id.djpk.portal.ppid.Submission;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * Records a request handed in at the desk or received by letter (art. 22(1) UU 14/2008 allows both): the
 * officer types in the requester's form, and the request then runs like one submitted online. The ID scan
 * is optional here because the officer has seen the KTP or deed at the desk.
 */
@Named
@ViewScoped
public class PpidRecordBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "form:name"), Map.entry("nik", "form:nik"),
            Map.entry("organization_basis", "form:organizationBasis"), Map.entry("address", "form:address"),
            Map.entry("occupation", "form:occupation"), Map.entry("phone", "form:phone"),
            Map.entry("email", "form:email"), Map.entry("information", "form:information"),
            Map.entry("purpose", "form:purpose"), Map.entry("obtain_method", "form:obtainMethod"),
            Map.entry("delivery_method", "form:deliveryMethod"), Map.entry("consent", "form:consent"));

    @Inject
    private PpidService ppid;

    @Inject
    private PpidMailbox mailbox;

    private final RequestForm form = new RequestForm();
    private String emailParam;
    private PpidEmail email;

    /**
     * Called by f:viewAction: with {@code ?email=<id>} the form starts from a message of the PPID mailbox (sender's
     * name and address, the text as the information asked for); the officer completes what the law requires.
     */
    public void load() {
        if (email != null || emailParam == null || emailParam.isBlank()) {
            return;
        }
        try {
            email = mailbox.get(Long.parseLong(emailParam.strip())).orElse(null);
        } catch (NumberFormatException e) {
            email = null;
        }
        if (email == null) {
            FacesMessages.error("ppid.emailNotFound");
            return;
        }
        form.setName(email.fromName() == null || email.fromName().isBlank() ? null : email.fromName());
        form.setEmail(email.fromAddress());
        String text = email.text() == null ? "" : email.text().strip();
        form.setInformation(text.length() <= 4000 ? text : text.substring(0, 4000));
    }

    public String record() {
        try {
            Submission s = email != null ? mailbox.convert(email.id(), form) : ppid.submit(form, null, null);
            // the access code is shown once, here, so the officer can hand it to the requester with the number
            FacesMessages.info("ppid.recorded", s.trackingNumber(), s.accessCode());
            return "/ppid/permohonan.xhtml?faces-redirect=true&nomor=" + s.trackingNumber();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
            return null;
        }
    }

    public RequestForm getForm() { return form; }
    public PpidEmail getEmail() { return email; }
    public String getEmailParam() { return emailParam; }
    public void setEmailParam(String emailParam) { this.emailParam = emailParam; }
    public ObtainMethod[] getObtainMethods() { return ObtainMethod.values(); }
    public DeliveryMethod[] getDeliveryMethods() { return DeliveryMethod.values(); }
}
