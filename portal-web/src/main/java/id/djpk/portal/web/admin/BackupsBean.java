package id.djpk.portal.web.admin;

import id.djpk.portal.system.Backups;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.i18n.Format;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrator's backups page: the backups on disk, and "back up now". */
@Named
@ViewScoped
public class BackupsBean implements Serializable {

    @Inject
    private Backups backups;

    @Inject
    private BackupSchedule schedule;

    @Inject
    private Format format;

    private List<Backups.Backup> list;
    private Boolean embedded;

    public List<Backups.Backup> getList() {
        if (list == null) {
            list = backups.list();
        }
        return list;
    }

    public boolean isEmbedded() {
        if (embedded == null) {
            embedded = backups.embedded();
        }
        return embedded;
    }

    public String getDirectory() {
        return backups.directory().toString();
    }

    /** When the daily backup runs, or null when it is switched off. */
    public String getDailyAt() {
        return schedule.at().map(Object::toString).orElse(null);
    }

    public int getKeep() {
        return backups.keep();
    }

    public void takeNow() {
        try {
            Backups.Taken taken = backups.take(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            FacesMessages.info("backups.taken", taken.backup().name(), format.size(taken.backup().bytes()), taken.files());
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
        list = null;
    }
}
