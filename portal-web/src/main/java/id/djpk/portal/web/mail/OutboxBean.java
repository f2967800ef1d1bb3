package id.djpk.portal.web.mail;

import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.system.FacesMessages;
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

/**
 * The outbox: every message the portal wrote, newest first, readable in full. Without an SMTP server this is
 * where messages stay (the demo works offline); with one, it shows what was sent and what failed.
 */
@Named
@ViewScoped
public class OutboxBean implements Serializable {

    @Inject
    private MailService mail;

    private LazyDataModel<OutboxMessage> model;
    private OutboxMessage selected;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) mail.count();
            }

            @Override
            public List<OutboxMessage> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return mail.recent(first, pageSize);
            }

            @Override
            public String getRowKey(OutboxMessage m) {
                return String.valueOf(m.getId());
            }

            @Override
            public OutboxMessage getRowData(String rowKey) {
                return mail.find(Long.parseLong(rowKey)).orElse(null);
            }
        };
    }

    public void show(long id) {
        selected = mail.find(id).orElse(null);
    }

    public void requeue() {
        try {
            mail.requeue(selected.getId());
            selected = mail.find(selected.getId()).orElse(null);
            FacesMessages.info("outbox.requeued");
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of());
        }
    }

    public boolean isSmtpConfigured() {
        return mail.smtpConfigured();
    }

    public LazyDataModel<OutboxMessage> getModel() {
        return model;
    }

    public OutboxMessage getSelected() {
        return selected;
    }
}
