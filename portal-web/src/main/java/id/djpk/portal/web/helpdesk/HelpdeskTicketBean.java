package id.djpk.portal.web.helpdesk;

import id.djpk.portal.document.StoredFile;
import id.djpk.portal.helpdesk.AgentDesk;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.KnowledgeArticle;
import id.djpk.portal.helpdesk.KnowledgeBase;
import id.djpk.portal.helpdesk.Layer2Desk;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketFiles;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.helpdesk.TicketQuery;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.helpdesk.TicketStatus;
import id.djpk.portal.helpdesk.UserCategory;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.security.CurrentUser;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.web.system.RegionPicker;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;

/**
 * One ticket for an agent, as a workspace (the conversation with the answer box below it, knowledge-base answers and
 * Layer 2's draft inserted where the cursor is; the properties beside it: requester and history, classification,
 * assignee, escalation; note, close, reopen, merge; the next ticket of the queue the agent came from) or for a Layer 2
 * unit (the summary, the thread and the draft answer). The service checks every rule again and audits.
 */
@Named
@ViewScoped
public class HelpdeskTicketBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("text", "reply:text", "summary", "escalate:summary",
            "unit", "escalate:unit", "region_code", "classify:region", "topics", "classify:topics", "agent", "assign:agent");

    @Inject
    private TicketQueues queues;

    @Inject
    private AgentDesk desk;

    @Inject
    private id.djpk.portal.whatsapp.TemplateAnswers templateAnswers;

    private Boolean templateOnly;
    private String templateChoice;
    private String templateParameters;

    @Inject
    private Layer2Desk layer2;

    @Inject
    private OfficeClock clock;

    @Inject
    private KnowledgeBase knowledge;

    @Inject
    private ReferenceData reference;

    @Inject
    private StaffUnit staffUnit;

    @Inject
    private TicketFiles files;

    @Inject
    private CurrentUser user;

    @Inject
    private RegionPicker regionPicker;

    private String number;
    private boolean unitView;
    private Ticket ticket;
    private List<Ticket> history;
    private List<Ticket> regionHistory;

    private String replyText;
    /** Files checked and stored for the answer being written; they go with it when it is sent. */
    private final List<StoredFile> replyFiles = new ArrayList<>();
    private String noteText;
    private UserCategory category;
    private String regionCode;
    private List<String> topics = new ArrayList<>();
    private String escalationUnit;
    private String summary;
    private String mergeTarget;
    private String draftText;
    /** The queue the agent opened the ticket from ({@code ?antrian=}): where "next ticket" goes on. */
    private TicketQuery.Queue queue;
    private Optional<String> next;
    /** Where the cursor was in the answer when something is inserted (set by the page's script). */
    private Integer caret;
    private Long insertId;
    private String assignee;

    /** f:viewAction with ?nomor=. On the Layer 2 page a ticket of another unit is not shown. */
    public void load() {
        ticket = number == null ? null : queues.find(number).orElse(null);
        if (ticket != null && unitView && (ticket.getL2Unit() == null || !ticket.getL2Unit().equals(staffUnit.getCode()))) {
            ticket = null;
        }
        if (ticket == null) {
            ViewParams.notFound("helpdesk.ticketNotFound");
            return;
        }
        fill();
    }

    private void fill() {
        // the Layer 2 page shows neither history
        history = unitView ? List.of() : queues.contactHistory(ticket.getContact().getId());
        regionHistory = unitView || ticket.getRegionCode() == null ? List.of() : queues.regionHistory(ticket.getRegionCode());
        assignee = ticket.getAgent();
        next = null;
        category = ticket.getCategory();
        regionCode = ticket.getRegionCode();
        topics = new ArrayList<>(ticket.getTopics());
        if (draftText == null) {
            draftText = ticket.getL2Draft();
        }
    }

    private void reload() {
        ticket = queues.get(ticket.getNumber());
        fill();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
            reload();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void take() {
        act(() -> desk.assignToMe(ticket.getNumber()), "helpdesk.taken");
    }

    /**
     * Sends the answer with its files, then shows the ticket afresh by a redirect: reloading the page must not send
     * the answer a second time.
     */
    public String reply() {
        try {
            desk.reply(ticket.getNumber(), replyText, List.copyOf(replyFiles));
            FacesMessages.info(ticket.getRequesterEmail() == null ? "helpdesk.repliedNoEmail" : "helpdesk.replied");
            return "/helpdesk/tiket.xhtml?faces-redirect=true&nomor=" + ticket.getNumber();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
            return null;
        }
    }

    // ---------------------------------------------------------------- WhatsApp templates

    /** Whether only an approved template can reach the requester (a WhatsApp conversation past its 24-hour window). */
    public boolean isTemplateOnly() {
        if (templateOnly == null) {
            templateOnly = ticket != null && ticket.getChannel() == Channel.WHATSAPP && templateAnswers.windowClosed(ticket.getNumber());
        }
        return templateOnly;
    }

    public List<id.djpk.portal.whatsapp.Template> getTemplates() {
        return templateAnswers.templates();
    }

    /** Sends the chosen template ("name|language") with its parameters, one a line; then shows the ticket afresh. */
    public String sendTemplate() {
        String choice = templateChoice == null ? "" : templateChoice;
        int bar = choice.lastIndexOf('|');
        List<String> parameters = templateParameters == null || templateParameters.isBlank() ? List.of()
                : templateParameters.strip().lines().toList();
        try {
            templateAnswers.send(ticket.getNumber(), bar < 0 ? choice : choice.substring(0, bar), bar < 0 ? null : choice.substring(bar + 1),
                    parameters);
            FacesMessages.info("helpdesk.templateSent");
            return "/helpdesk/tiket.xhtml?faces-redirect=true&nomor=" + ticket.getNumber();
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of("template", "template:choice", "parameters", "template:parameters"));
            return null;
        }
    }

    public String getTemplateChoice() { return templateChoice; }
    public void setTemplateChoice(String templateChoice) { this.templateChoice = templateChoice; }
    public String getTemplateParameters() { return templateParameters; }
    public void setTemplateParameters(String templateParameters) { this.templateParameters = templateParameters; }

    /** A file for the answer: checked by its content and stored now, sent with the answer. */
    public void uploadReplyFile(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            replyFiles.add(files.storeForAnswer(in, event.getFile().getFileName()));
            FacesMessages.info("helpdesk.replyFileAdded", event.getFile().getFileName());
        } catch (BusinessException e) {
            FacesMessages.show(e);
        } catch (IOException e) {
            FacesMessages.error("publication.uploadFailed");
        }
    }

    public void removeReplyFile(int index) {
        if (index >= 0 && index < replyFiles.size()) {
            replyFiles.remove(index);
        }
    }

    /** The reply box's search: canned answers of the ticket's topics, or the knowledge-base entries holding the words. */
    public List<KnowledgeArticle> completeArticles(String text) {
        return knowledge.suggestions(ticket.getTopics(), text, 12);
    }

    /** Inserts the picked knowledge-base answer where the cursor was, to be edited before sending. */
    public void insertArticle() {
        if (insertId != null) {
            replyText = inserted(replyText, caret, knowledge.get(insertId).getAnswer());
        }
        insertId = null;
    }

    /** Inserts Layer 2's draft where the cursor was: the agent reviews and edits it, then sends. */
    public void useDraft() {
        replyText = inserted(replyText, caret, ticket.getL2Draft());
    }

    /** {@code piece} put into {@code text} at {@code at} (at the end, on a line of its own, without a cursor). */
    static String inserted(String text, Integer at, String piece) {
        String t = text == null ? "" : text;
        String p = piece == null ? "" : piece;
        if (t.isBlank()) {
            return p;
        }
        if (at == null || at < 0 || at > t.length()) {
            return t.stripTrailing() + "\n\n" + p;
        }
        return t.substring(0, at) + p + t.substring(at);
    }

    /** Assigns the ticket to the chosen agent (a reassignment; "take" assigns it to oneself). */
    public void reassign() {
        act(() -> desk.transfer(ticket.getNumber(), assignee), "helpdesk.reassigned");
    }

    public void note() {
        act(() -> {
            desk.note(ticket.getNumber(), noteText);
            noteText = null;
        }, "helpdesk.noted");
    }

    public void classify() {
        act(() -> desk.classify(ticket.getNumber(), category, regionCode, topics), "helpdesk.classified");
    }

    public void escalate() {
        act(() -> desk.escalate(ticket.getNumber(), escalationUnit, summary), "helpdesk.escalatedDone");
    }

    /** The survey link is shown this once, for requesters the agent reaches by phone or WhatsApp. */
    public void close() {
        try {
            String code = desk.close(ticket.getNumber());
            FacesMessages.info("helpdesk.closedDone", desk.surveyLink(code));
            reload();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void reopen() {
        act(() -> desk.reopen(ticket.getNumber()), "helpdesk.reopened");
    }

    public String merge() {
        try {
            Ticket into = desk.merge(ticket.getNumber(), mergeTarget);
            FacesMessages.info("helpdesk.mergedDone", ticket.getNumber(), into.getNumber());
            return "/helpdesk/tiket.xhtml?faces-redirect=true&nomor=" + into.getNumber();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
            return null;
        }
    }

    /** Layer 2: the unit's draft answer, for the signed-in account's unit. */
    public void draft() {
        act(() -> layer2.draft(ticket.getNumber(), staffUnit.getCode(), draftText), "helpdesk.drafted");
    }

    // ---------------------------------------------------------------- view

    public List<TicketMessage> getThread() {
        return ticket.getMessages();
    }

    public List<StoredFile> getReplyFiles() {
        return replyFiles;
    }

    /** An e-mailed question is answered in the requester's own e-mail conversation. */
    public boolean isEmailThread() {
        return ticket.getChannel() == Channel.EMAIL && ticket.getRequesterEmail() != null;
    }

    public boolean isActive() {
        return ticket.getStatus() != TicketStatus.CLOSED && ticket.getStatus() != TicketStatus.MERGED;
    }

    public boolean isCanEscalate() {
        return isActive() && ticket.getStatus() != TicketStatus.WAITING_L2;
    }

    public boolean isCanClose() {
        return isActive() && ticket.getStatus() != TicketStatus.WAITING_L2;
    }

    public boolean isCanReopen() {
        return ticket.getStatus() == TicketStatus.CLOSED || ticket.getStatus() == TicketStatus.ANSWERED;
    }

    public boolean isCanDraft() {
        return ticket.getStatus() == TicketStatus.WAITING_L2;
    }

    public boolean isCallbackOverdue() {
        return ticket.isCallbackOverdue(clock.today());
    }

    public List<String> getAgents() {
        return desk.agents();
    }

    /**
     * The next ticket: after this one in the queue the agent came from; without one, in the agent's own queue and
     * then in the unassigned one. Null when there is none.
     */
    public String getNextNumber() {
        if (next == null) {
            next = queues.nextFor(user.getName(), queue, ticket.getNumber());
        }
        return next.orElse(null);
    }

    /** The queue to go on with in the next ticket's address (the one the agent came from, else their own). */
    public String getQueueName() {
        return queue == null ? null : queue.name();
    }

    public void setQueueName(String name) {
        queue = name == null ? null : java.util.Arrays.stream(TicketQuery.Queue.values())
                .filter(q -> q.name().equals(name) && q != TicketQuery.Queue.UNIT).findFirst().orElse(null);
    }

    public boolean isMine() {
        return user.getName().equals(ticket.getAgent());
    }
    public List<Topic> getTopicChoices() { return reference.activeTopics(); }
    public List<OrgUnit> getUnits() { return reference.units(); }
    public UserCategory[] getCategories() { return UserCategory.values(); }

    /** An event of the thread in words: "CLOSED", "REOPENED", "MERGED TIK-…" are codes the ticket records. */
    public String eventText(String body) {
        if (body == null) {
            return "";
        }
        for (String code : List.of("CLOSED", "REOPENED", "MERGED")) {
            if (body.equals(code) || body.startsWith(code + " ")) {
                return FacesMessages.text("ticketEvent." + code) + body.substring(code.length());
            }
        }
        return body;
    }

    public String regionName(String code) {
        return regionPicker.name(code);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public boolean isUnitView() { return unitView; }
    public void setUnitView(boolean unitView) { this.unitView = unitView; }
    public Ticket getTicket() { return ticket; }
    public List<Ticket> getHistory() { return history; }
    public List<Ticket> getRegionHistory() { return regionHistory; }
    public String getReplyText() { return replyText; }
    public void setReplyText(String replyText) { this.replyText = replyText; }
    public Integer getCaret() { return caret; }
    public void setCaret(Integer caret) { this.caret = caret; }
    public Long getInsertId() { return insertId; }
    public void setInsertId(Long insertId) { this.insertId = insertId; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public String getNoteText() { return noteText; }
    public void setNoteText(String noteText) { this.noteText = noteText; }
    public UserCategory getCategory() { return category; }
    public void setCategory(UserCategory category) { this.category = category; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics; }
    public String getEscalationUnit() { return escalationUnit; }
    public void setEscalationUnit(String escalationUnit) { this.escalationUnit = escalationUnit; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getMergeTarget() { return mergeTarget; }
    public void setMergeTarget(String mergeTarget) { this.mergeTarget = mergeTarget; }
    public String getDraftText() { return draftText; }
    public void setDraftText(String draftText) { this.draftText = draftText; }
}
