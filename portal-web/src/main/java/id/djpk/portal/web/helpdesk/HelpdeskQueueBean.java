package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.HelpdeskFiguresQuery;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.helpdesk.TicketQuery;
import id.djpk.portal.helpdesk.TicketStatus;
import id.djpk.portal.helpdesk.UserCategory;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The agents' queues (unassigned, mine, waiting on L2, callback overdue, all) and a Layer 2 unit's own, as one
 * lazy table: the database counts and pages, so 100.000 tickets load no faster or slower than a hundred.
 */
@Named
@ViewScoped
public class HelpdeskQueueBean implements Serializable {

    @Inject
    private TicketQueues queues;

    @Inject
    private HelpdeskFiguresQuery figures;

    @Inject
    private OfficeClock clock;

    @Inject
    private CurrentUser user;

    @Inject
    private StaffUnit staffUnit;

    private TicketQuery.Queue queue = TicketQuery.Queue.UNASSIGNED;
    private String unit;
    private TicketStatus status;
    private Channel channel;
    private UserCategory category;
    private String topic;
    private String text;
    private LocalDate today;
    /** Counted once per request: the page asks for it in several places. */
    private Long kbNeedingReview;
    private LazyDataModel<Ticket> tickets;

    @PostConstruct
    void init() {
        today = clock.today();
        tickets = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, queues.count(query(0, 1, null, true)));
            }

            @Override
            public List<Ticket> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
                return queues.page(query(first, pageSize, sort == null ? null : sort.getField(),
                        sort == null || sort.getOrder() != SortOrder.DESCENDING));
            }

            @Override
            public String getRowKey(Ticket t) {
                return t.getNumber();
            }

            @Override
            public Ticket getRowData(String rowKey) {
                return queues.find(rowKey).orElse(null);
            }
        };
    }

    /** The Layer 2 page: the signed-in account's unit, never one from the address. */
    public void unitQueue() {
        queue = TicketQuery.Queue.UNIT;
        unit = staffUnit.getCode();
    }

    private TicketQuery query(int first, int max, String sortField, boolean ascending) {
        return new TicketQuery(queue, user.getName(), status, channel, category, topic,
                queue == TicketQuery.Queue.UNIT ? (unit == null ? "-" : unit) : null, text, sortField, ascending, first, max);
    }

    /** Knowledge-base entries a new regulation made stale: agents see the notice above their queues. */
    public long getKbNeedingReview() {
        if (kbNeedingReview == null) {
            kbNeedingReview = figures.needingReview().values().stream().mapToLong(Long::longValue).sum();
        }
        return kbNeedingReview;
    }

    public boolean overdue(Ticket t) {
        return t.isCallbackOverdue(today);
    }

    public List<TicketQuery.Queue> getQueues() {
        return List.of(TicketQuery.Queue.UNASSIGNED, TicketQuery.Queue.MINE, TicketQuery.Queue.WAITING_L2,
                TicketQuery.Queue.CALLBACK_OVERDUE, TicketQuery.Queue.ALL, TicketQuery.Queue.SPAM);
    }

    public TicketStatus[] getStatuses() { return TicketStatus.values(); }
    public Channel[] getChannels() { return Channel.values(); }
    public UserCategory[] getCategories() { return UserCategory.values(); }

    public LazyDataModel<Ticket> getTickets() { return tickets; }
    public TicketQuery.Queue getQueue() { return queue; }
    public void setQueue(TicketQuery.Queue queue) { this.queue = queue == null ? TicketQuery.Queue.ALL : queue; }
    public String getUnit() { return unit; }
    public TicketStatus getStatus() { return status; }
    public void setStatus(TicketStatus status) { this.status = status; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public UserCategory getCategory() { return category; }
    public void setCategory(UserCategory category) { this.category = category; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
