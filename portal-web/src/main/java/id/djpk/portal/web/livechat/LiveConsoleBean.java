package id.djpk.portal.web.livechat;

import id.djpk.portal.helpdesk.AgentDesk;
import id.djpk.portal.helpdesk.KnowledgeArticle;
import id.djpk.portal.helpdesk.KnowledgeBase;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.livechat.LiveChat;
import id.djpk.portal.livechat.LiveChatService;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agent's live console: available or away, the live queue (open chats, refreshed every few seconds
 * with a counter and a sound when a new chat waits), several chats open side by side, each with its thread, the
 * contact's earlier tickets, canned answers from the knowledge base one click away, answer, transfer to another
 * agent and close; escalation and the rest on the ticket page. The services check every rule and audit.
 */
@Named
@ViewScoped
public class LiveConsoleBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of();

    @Inject
    private LiveChatService chats;

    @Inject
    private AgentDesk desk;

    @Inject
    private TicketQueues queues;

    @Inject
    private KnowledgeBase knowledge;

    @Inject
    private SecurityContext security;

    private boolean available;
    private final Set<String> open = new LinkedHashSet<>();
    private final Map<String, String> drafts = new HashMap<>();
    private final Map<String, String> cannedChoice = new HashMap<>();
    private final Map<String, String> transferTo = new HashMap<>();

    /** One open chat in the queue. */
    public record Row(String number, String requester, String subject, String agent, Instant startedAt, boolean waiting) {
    }

    @PostConstruct
    void init() {
        available = chats.isAvailable(me());
        chats.seen(me());
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    // ---------------------------------------------------------------- presence and queue

    public boolean isAvailable() {
        return available;
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    /** The switch: available for new chats or away. */
    public void presenceChanged() {
        chats.setPresence(me(), available);
        FacesMessages.info(available ? "livechat.nowAvailable" : "livechat.nowAway");
    }

    /** The console's heartbeat (p:poll): the agent is not silent; the queue is read again by the render. */
    public void heartbeat() {
        chats.seen(me());
        available = chats.isAvailable(me());
    }

    public List<Row> getQueue() {
        List<Row> rows = new ArrayList<>();
        for (LiveChat c : chats.openChats()) {
            queues.find(c.getTicketNumber()).ifPresent(t -> rows.add(new Row(t.getNumber(), t.getRequesterName(),
                    t.getSubject(), t.getAgent(), c.getStartedAt(), waiting(t))));
        }
        return rows;
    }

    /** Open chats no agent has taken: the counter, and what the sound announces when it grows. */
    public long getUnassigned() {
        return getQueue().stream().filter(r -> r.agent() == null).count();
    }

    /** The visitor wrote last: an answer is due. */
    private static boolean waiting(Ticket t) {
        List<TicketMessage> thread = t.publicThread();
        return !thread.isEmpty() && thread.get(thread.size() - 1).getKind() == TicketMessage.Kind.REQUEST;
    }

    // ---------------------------------------------------------------- chats

    /** Takes a chat from the queue and opens it beside the others. */
    public void take(String number) {
        try {
            Ticket t = queues.get(number);
            if (t.getAgent() == null) {
                desk.assignToMe(number);
            }
            open.add(number);
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
    }

    public void hide(String number) {
        open.remove(number);
    }

    public List<Ticket> getOpenChats() {
        List<Ticket> out = new ArrayList<>();
        for (String n : open) {
            queues.find(n).ifPresent(out::add);
        }
        return out;
    }

    public boolean isChatOpen(String number) {
        return chats.openChat(number).isPresent();
    }

    public List<Ticket> history(Ticket t) {
        return queues.contactHistory(t.getContact().getId()).stream().filter(h -> !h.getNumber().equals(t.getNumber()))
                .limit(10).toList();
    }

    public void answer(String number) {
        String text = drafts.get(number);
        try {
            desk.reply(number, text);
            drafts.remove(number);
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void close(String number) {
        try {
            chats.closeByAgent(number);
            FacesMessages.info("livechat.closedDone", number);
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
    }

    public void transfer(String number) {
        try {
            desk.transfer(number, transferTo.get(number));
            open.remove(number);
            FacesMessages.info("livechat.transferred", number, transferTo.get(number));
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
    }

    /** The chosen knowledge-base answer into the answer box, to send as is or edit first. */
    public void useCanned(String number) {
        // the map's values come from the page as text (no converter for a map's entries)
        String id = cannedChoice.get(number);
        if (id != null && id.matches("\\d{1,18}")) {
            drafts.put(number, knowledge.get(Long.parseLong(id)).getAnswer());
        }
    }

    public List<KnowledgeArticle> canned(Ticket t) {
        return knowledge.cannedAnswers(t.getTopics());
    }

    /** The other agents, for a transfer. */
    public List<String> getAgents() {
        String me = me();
        return desk.agents().stream().filter(a -> !a.equals(me)).toList();
    }

    public Map<String, String> getDrafts() {
        return drafts;
    }

    public Map<String, String> getCannedChoice() {
        return cannedChoice;
    }

    public Map<String, String> getTransferTo() {
        return transferTo;
    }
}
