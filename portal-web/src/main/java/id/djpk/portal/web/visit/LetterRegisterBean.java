package id.djpk.portal.web.visit;

import id.djpk.portal.letter.Letter;
import id.djpk.portal.letter.LetterService;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The register of outgoing letters: the newest entries, and a letter registered by hand. */
@Named
@ViewScoped
public class LetterRegisterBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("number", "letter:number", "date", "letter:date",
            "subject", "letter:subject", "addressee", "letter:addressee");

    @Inject
    private LetterService letters;

    private String number;
    private LocalDate date;
    private String subject;
    private String addressee = Letter.ALL_REGIONS;
    private boolean publicFile = true;
    private transient Part file;
    private List<Letter> recent;

    public List<Letter> getRecent() {
        if (recent == null) {
            recent = letters.recent(100);
        }
        return recent;
    }

    public void register() {
        try (InputStream in = file == null || file.getSize() == 0 ? null : file.getInputStream()) {
            Letter l = letters.register(number, date, subject, addressee, in, file == null ? null : file.getSubmittedFileName(),
                    publicFile);
            FacesMessages.info("letter.registered", l.getNumber());
            number = null;
            date = null;
            subject = null;
            recent = null;
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getAddressee() { return addressee; }
    public void setAddressee(String addressee) { this.addressee = addressee; }
    public boolean isPublicFile() { return publicFile; }
    public void setPublicFile(boolean publicFile) { this.publicFile = publicFile; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
