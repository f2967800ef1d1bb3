package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.AgentDesk;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.HelpdeskFiguresQuery;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.helpdesk.TicketQuery;
import id.djpk.portal.helpdesk.TicketStatus;
import id.djpk.portal.helpdesk.UserCategory;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.security.CurrentUser;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The agents' queues (unassigned, mine, waiting on L2, callback overdue, all open, all, spam) with a counter each,
 * and a Layer 2 unit's own, as one lazy table: the database counts and pages, so 100.000 tickets load no faster or
 * slower than a hundred. Ticked tickets are taken, assigned to an agent or closed in one go through {@link AgentDesk},
 * which audits each ticket and names those its rules refuse.
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

    @Inject
    private AgentDesk desk;

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
    private Map<TicketQuery.Queue, Long> counts;
    /**
     * The table's count and the queue and filters it was taken for: paging and sorting do not count again (at a million
     * tickets a count with a wide filter reads most of an index); another queue or filter, a bulk action or a new view
     * does (issue #19).
     */
    private TicketQuery countedFor;
    private long counted;
    private List<Ticket> selected = new ArrayList<>();
    private String bulkAgent;

    @PostConstruct
    void init() {
        today = clock.today();
        tickets = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, total());
            }

            @Override
            public List<Ticket> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
                // with the count, a page past the middle is read from the end (issue #19)
                return queues.page(query(first, pageSize, sort == null ? null : sort.getField(),
                        sort == null || sort.getOrder() != SortOrder.DESCENDING), total());
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

    /** The table's count for the queue and filters shown, taken once (see {@link #countedFor}). */
    private long total() {
        TicketQuery q = query(0, 1, null, true);
        if (!q.equals(countedFor)) {
            counted = queues.count(q);
            countedFor = q;
        }
        return counted;
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

    /** The counter of each view, counted once per request. */
    public Map<TicketQuery.Queue, Long> getCounts() {
        if (counts == null) {
            counts = queues.counts(user.getName(), getQueues());
        }
        return counts;
    }

    /** How long a ticket nobody has answered yet has waited ("3 hari", "5 jam", "12 menit"); null once it was answered. */
    public String unanswered(Ticket t) {
        if (!t.isAwaitingFirstAnswer()) {
            return null;
        }
        Duration waited = Duration.between(t.getCreatedAt(), clock.now());
        if (waited.toDays() >= 1) {
            return FacesMessages.format("helpdesk.ageDays", waited.toDays());
        }
        return waited.toHours() >= 1 ? FacesMessages.format("helpdesk.ageHours", waited.toHours())
                : FacesMessages.format("helpdesk.ageMinutes", Math.max(0, waited.toMinutes()));
    }

    public void bulkAssignMe() {
        bulk(numbers -> desk.assignAll(numbers, null));
    }

    /** To the agent chosen beside the button; without one nothing is done (not taken by the one who clicked). */
    public void bulkAssign() {
        if (bulkAgent == null || bulkAgent.isBlank()) {
            FacesMessages.error("helpdesk.bulkAgentNone");
            return;
        }
        bulk(numbers -> desk.assignAll(numbers, bulkAgent));
    }

    public void bulkClose() {
        bulk(desk::closeAll);
    }

    private void bulk(Function<List<String>, AgentDesk.BulkOutcome> action) {
        if (selected == null || selected.isEmpty()) {
            FacesMessages.error("helpdesk.bulkNone");
            return;
        }
        try {
            AgentDesk.BulkOutcome outcome = action.apply(selected.stream().map(Ticket::getNumber).toList());
            if (!outcome.done().isEmpty()) {
                FacesMessages.info("helpdesk.bulkDone", outcome.done().size());
            }
            if (!outcome.refused().isEmpty()) {
                var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
                FacesMessages.error("helpdesk.bulkRefused", outcome.refused().entrySet().stream()
                        .map(e -> e.getKey() + " (" + Messages.text(locale, e.getValue()) + ")").collect(Collectors.joining(", ")));
            }
            selected = new ArrayList<>();
            counts = null;
            countedFor = null;
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
    }

    public List<TicketQuery.Queue> getQueues() {
        return List.of(TicketQuery.Queue.UNASSIGNED, TicketQuery.Queue.MINE, TicketQuery.Queue.WAITING_L2,
                TicketQuery.Queue.CALLBACK_OVERDUE, TicketQuery.Queue.OPEN, TicketQuery.Queue.ALL, TicketQuery.Queue.SPAM);
    }

    public TicketStatus[] getStatuses() { return TicketStatus.values(); }
    public Channel[] getChannels() { return Channel.values(); }
    public UserCategory[] getCategories() { return UserCategory.values(); }

    public List<String> getAgents() { return desk.agents(); }
    public List<Ticket> getSelected() { return selected; }
    public void setSelected(List<Ticket> selected) { this.selected = selected; }
    public String getBulkAgent() { return bulkAgent; }
    public void setBulkAgent(String bulkAgent) { this.bulkAgent = bulkAgent; }
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
