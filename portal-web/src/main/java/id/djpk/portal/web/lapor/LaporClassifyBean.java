package id.djpk.portal.web.lapor;

import id.djpk.portal.email.InboxEntry;
import id.djpk.portal.email.LaporEmail;
import id.djpk.portal.email.LaporMailbox;
import id.djpk.portal.lapor.LaporForm;
import id.djpk.portal.lapor.LaporReceipt;
import id.djpk.portal.lapor.LaporService;
import id.djpk.portal.lapor.LaporType;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Email Lapor → one e-mailed report to classify ({@code ?surel=}): the message and the form prefilled from the guess
 * and the sender (every file chosen); confirming makes the submission received when the mail server received the
 * message, dismissing needs a reason. Any Layer 2 account may classify: the type chosen decides the owning unit.
 */
@Named
@ViewScoped
public class LaporClassifyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("region_code", "form:region"), Map.entry("institution", "form:institution"),
            Map.entry("name", "form:name"), Map.entry("email", "form:email"), Map.entry("phone", "form:phone"),
            Map.entry("report_type", "form:type"), Map.entry("period", "form:period"), Map.entry("note", "form:note"),
            Map.entry("file", "form:files"), Map.entry("reason", "dismiss:reason"));

    @Inject
    private LaporMailbox mailbox;

    @Inject
    private LaporService lapor;

    @Inject
    private ReferenceData reference;

    private String idParam;
    private LaporEmail email;
    private LaporForm form;
    private List<Object> chosen = new ArrayList<>();
    private String reason;
    private List<LaporType> types;

    /** Called by f:viewAction; an id that names no message of the lapor mailbox is not found. */
    public void load() {
        if (email != null) {
            return;
        }
        email = ViewParams.id(idParam).flatMap(mailbox::get).orElse(null);
        if (email == null) {
            ViewParams.notFound("lapor.emailNotFound");
            return;
        }
        form = email.prefilled();
        types = lapor.activeTypes();
        chosen = new ArrayList<>(IntStream.range(0, email.files().size()).mapToObj(String::valueOf).toList());
    }

    public String submit() {
        try {
            Set<Integer> files = new LinkedHashSet<>();
            chosen.forEach(c -> files.add(Integer.parseInt(String.valueOf(c))));
            LaporReceipt r = mailbox.submit(email.id(), form, files);
            FacesMessages.info("lapor.emailSubmittedDone", r.receipt());
            return "/lapor/surel.xhtml?faces-redirect=true";
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
            return null;
        }
    }

    public String dismiss() {
        try {
            mailbox.dismiss(email.id(), reason);
            FacesMessages.info("lapor.emailDismissedDone");
            return "/lapor/surel.xhtml?faces-redirect=true";
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
            return null;
        }
    }

    public boolean isWaiting() {
        return email != null && email.isWaiting();
    }

    /** A file as its checkbox offers it: its place in the message (the value), its name and size. */
    public record FileChoice(String value, String name, long size) implements Serializable {
    }

    public List<FileChoice> getFiles() {
        List<InboxEntry.FileNote> files = email == null ? List.of() : email.files();
        return IntStream.range(0, files.size()).mapToObj(i -> new FileChoice(String.valueOf(i), files.get(i).name(),
                files.get(i).size())).toList();
    }

    public List<LaporType> getTypes() { return types; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public LaporEmail getEmail() { return email; }
    public LaporForm getForm() { return form; }
    public List<Object> getChosen() { return chosen; }
    public void setChosen(List<Object> chosen) { this.chosen = chosen; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
