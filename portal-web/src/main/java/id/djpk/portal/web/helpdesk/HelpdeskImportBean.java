package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.HelpdeskImport;
import id.djpk.portal.helpdesk.ImportError;
import id.djpk.portal.helpdesk.ImportReport;
import id.djpk.portal.helpdesk.TicketCsv;
import id.djpk.portal.system.Messages;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The import of the previous CRM's export. The upload shows its progress; the file is then validated whole
 * and imported in one transaction, so the page shows either the counts or the validation report.
 */
@Named
@ViewScoped
public class HelpdeskImportBean implements Serializable {

    /** One line of the report as the page shows it. */
    public record Problem(int line, String column, String reason) implements Serializable {
    }

    @Inject
    private HelpdeskImport imports;

    private String fileName;
    private ImportReport report;
    private List<Problem> problems = List.of();

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        try (InputStream in = event.getFile().getInputStream()) {
            report = imports.importCsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        problems = report.errors().stream().map(e -> problem(e, locale)).toList();
        if (report.ok()) {
            FacesMessages.info("helpdesk.import.done", report.imported(), report.unchanged());
        } else {
            FacesMessages.error("helpdesk.import.refused", report.errors().size());
        }
    }

    private static Problem problem(ImportError e, java.util.Locale locale) {
        return new Problem(e.line(), e.column(), Messages.text(locale, e.key(), e.arguments().toArray()));
    }

    public String getColumns() {
        return String.join(", ", TicketCsv.COLUMNS);
    }

    public String getFileName() { return fileName; }
    public ImportReport getReport() { return report; }
    public List<Problem> getProblems() { return problems; }
}
