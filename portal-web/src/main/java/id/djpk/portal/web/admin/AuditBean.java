package id.djpk.portal.web.admin;

import id.djpk.portal.audit.AuditEntry;
import id.djpk.portal.audit.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail, newest first. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    @Inject
    private AuditTrail audit;

    private LazyDataModel<AuditEntry> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) audit.count();
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                setRowCount((int) audit.count());
                return audit.recent(first, pageSize);
            }

            @Override
            public String getRowKey(AuditEntry e) {
                return String.valueOf(e.getId());
            }
        };
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }
}
