package id.djpk.portal.web.publication;

import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationStatus;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.ResultPage;
import id.djpk.portal.system.OfficeClock;
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

/** The publisher's list of every publication in every state. */
@Named
@ViewScoped
public class PublicationListBean implements Serializable {

    @Inject
    private PublicationService publications;

    @Inject
    private OfficeClock clock;

    private PublicationType type;
    private PublicationStatus status;
    private String text;
    private LazyDataModel<Publication> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) publications.staffList(type, status, text, 0, 1).total();
            }

            @Override
            public List<Publication> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                int size = Math.max(1, pageSize);
                ResultPage<Publication> page = publications.staffList(type, status, text, first / size, size);
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(Publication p) {
                return String.valueOf(p.getId());
            }

            @Override
            public Publication getRowData(String rowKey) {
                return publications.get(Long.parseLong(rowKey));
            }
        };
    }

    /** "Terjadwal" (scheduled) is shown for published items whose time has not come. */
    public String stateKey(Publication p) {
        if (p.isScheduled(clock.now())) {
            return "status.SCHEDULED";
        }
        return "status." + p.getStatus().name();
    }

    public PublicationType[] getTypes() {
        return PublicationType.values();
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }

    public LazyDataModel<Publication> getModel() { return model; }
    public PublicationType getType() { return type; }
    public void setType(PublicationType type) { this.type = type; }
    public PublicationStatus getStatus() { return status; }
    public void setStatus(PublicationStatus status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
