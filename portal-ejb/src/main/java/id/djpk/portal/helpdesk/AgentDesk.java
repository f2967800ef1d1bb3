package id.djpk.portal.helpdesk;

import static id.djpk.portal.helpdesk.HelpdeskService.ENTITY;
import static id.djpk.portal.helpdesk.HelpdeskService.SUMMARY_MAX;
import static id.djpk.portal.helpdesk.HelpdeskService.TEXT_MAX;
import static id.djpk.portal.helpdesk.HelpdeskService.requiredText;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Layer 1's work on a ticket: take it, answer (e-mailed where there is an address, held in the outbox without
 * SMTP), note, classify, escalate to a Layer 2 unit (whose accounts are told by e-mail), close with the survey,
 * reopen and merge. The web layer restricts the calls to agents. Every change is audited.
 */
@Stateless
public class AgentDesk {

    @Inject
    private AuditTrail audit;

    @Inject
    private CalendarService calendar;

    @Inject
    private ReferenceData reference;

    @Inject
    private MailService mail;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Instance<ChannelSender> senders;

    @Inject
    private DocumentStore documents;

    @Inject
    private HelpdeskLetters letters;

    @Inject
    private Links links;

    @Inject
    private OfficeClock clock;

    @Inject
    private HelpdeskService intake;

    @Inject
    private TicketQueues queues;

    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public Ticket assignToMe(String number) {
        Ticket t = queues.get(number);
        String actor = audit.currentActor();
        t.assign(actor);
        audit.recordAs(actor, "TICKET_ASSIGNED", ENTITY, t.getNumber(), actor);
        return t;
    }

    /**
     * An answer to the requester, sent back through the ticket's channel where one carries answers
     * ({@link ChannelSender}), else e-mailed with the ticket link where there is an address (held in the outbox
     * without SMTP). {@code files} are already checked and stored; they go with the answer.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public Ticket reply(String number, String text, List<StoredFile> files) {
        Ticket t = queues.get(number);
        String body = requiredText("text", text, TEXT_MAX);
        String actor = audit.currentActor();
        TicketMessage answer = t.reply(actor, body, clock.now());
        for (StoredFile f : files) {
            answer.attach(f);
        }
        Optional<ChannelSender> channel = senders.stream().filter(s -> s.answers(t)).findFirst();
        String how;
        if (channel.isPresent()) {
            channel.get().send(t, answer, files);
            how = t.getChannel().name();
        } else if (t.getRequesterEmail() != null) {
            var letter = letters.reply(t, body);
            files.forEach(f -> letter.attach(f.fileName(), f.mediaType(), documents.read(f.storageKey())));
            answer.queued(mail.send(letter).getId());
            how = "e-mailed";
        } else {
            how = "no e-mail";
        }
        audit.recordAs(actor, "TICKET_REPLIED", ENTITY, t.getNumber(), how);
        return t;
    }

    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public Ticket reply(String number, String text) {
        return reply(number, text, List.of());
    }

    /**
     * An answer a channel sends in a form of its own (an approved WhatsApp template outside the 24-hour window):
     * recorded on the ticket as an answer described by {@code text}, then handed to {@code send}, which queues it
     * in this transaction (and marks it queued), so nothing leaves unless the answer is committed.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public Ticket replyThrough(String number, String text, java.util.function.BiConsumer<Ticket, TicketMessage> send) {
        Ticket t = queues.get(number);
        String actor = audit.currentActor();
        TicketMessage answer = t.reply(actor, requiredText("text", text, TEXT_MAX), clock.now());
        send.accept(t, answer);
        audit.recordAs(actor, "TICKET_REPLIED", ENTITY, t.getNumber(), t.getChannel().name() + ", template");
        return t;
    }

    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public Ticket note(String number, String text) {
        Ticket t = queues.get(number);
        String actor = audit.currentActor();
        t.note(actor, requiredText("text", text, TEXT_MAX), clock.now());
        audit.recordAs(actor, "TICKET_NOTE", ENTITY, t.getNumber(), null);
        return t;
    }

    /** Topics, user category and region; the region decides the time zone and so the service-hours verdict. */
    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public Ticket classify(String number, UserCategory category, String regionCode, Collection<String> topics) {
        Ticket t = queues.get(number);
        List<Violation> v = new ArrayList<>();
        String region = Intake.blankToNull(regionCode);
        Optional<Region> r = region == null ? Optional.empty() : reference.findRegion(region);
        if (region != null && r.isEmpty()) {
            v.add(Violation.of("region_code", "helpdesk.import.unknownRegion", region));
        }
        Set<String> codes = new LinkedHashSet<>(topics == null ? List.of() : topics);
        for (String code : codes) {
            if (reference.findTopic(code).isEmpty()) {
                v.add(Violation.of("topics", "helpdesk.import.unknownTopic", code));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        TimeZoneCode zone = r.map(Region::getTimeZone).orElse(null);
        t.classify(category, region, codes, zone, intake.serviceHours().judge(t.getCreatedAt(), zone, calendar.workingDays()));
        audit.record("TICKET_CLASSIFIED", ENTITY, t.getNumber(), category + ", " + region + ", " + codes);
        return t;
    }

    /** To a Layer 2 unit with a summary; the requester is to be called back within 3 working days. */
    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public Ticket escalate(String number, String unit, String summary) {
        Ticket t = queues.get(number);
        List<Violation> v = new ArrayList<>();
        if (unit == null || reference.findUnit(unit).isEmpty()) {
            v.add(Violation.of("unit", "helpdesk.unitRequired"));
        }
        if (summary == null || summary.isBlank()) {
            v.add(Violation.of("summary", "helpdesk.required"));
        } else if (summary.trim().length() > SUMMARY_MAX) {
            v.add(Violation.of("summary", "helpdesk.tooLong", SUMMARY_MAX));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Instant now = clock.now();
        String actor = audit.currentActor();
        LocalDate due = calendar.workingDays().deadlineFrom(now, L2Score.CALLBACK_WORKING_DAYS).due();
        t.escalate(unit, summary.trim(), actor, now, due);
        audit.recordAs(actor, "TICKET_ESCALATED", ENTITY, t.getNumber(), unit + ", callback due " + due);
        letters.toUnit(t, unit, due, false, staff.all()).forEach(mail::send);
        return t;
    }

    /** Closes the ticket; a requester with an e-mail address gets the one-use survey link. Returns the survey code. */
    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public String close(String number) {
        return closeAs(number, audit.currentActor());
    }

    /** As {@link #close}, on behalf of {@code actor} (a live chat's visitor, the idle rule). */
    public String closeAs(String number, String actor) {
        Ticket t = queues.get(number);
        Instant now = clock.now();
        String code = AccessCode.generate();
        t.close(actor, now, AccessCode.hash(code), now.plus(Survey.VALID));
        if (t.getRequesterEmail() != null) {
            mail.send(letters.survey(t, code));
        }
        audit.recordAs(actor, "TICKET_CLOSED", ENTITY, t.getNumber(), null);
        return code;
    }

    /** The enabled agent accounts by user name: whom a ticket can be assigned to. */
    public List<String> agents() {
        return staff.all().stream().filter(a -> a.isEnabled() && a.hasRole(Role.AGENT))
                .map(StaffAccount::getUsername).sorted().toList();
    }

    /**
     * The queue's bulk action: each ticket assigned to {@code agent} (the signed-in agent when blank), each audited
     * as one {@link #assignToMe} or {@link #transfer} would be. A ticket the rules refuse (closed, merged) is named in
     * the outcome and the others are assigned.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public BulkOutcome assignAll(Collection<String> numbers, String agent) {
        boolean me = agent == null || agent.isBlank() || agent.strip().equals(audit.currentActor());
        return each(numbers, n -> {
            if (me) {
                assignToMe(n);
            } else {
                transfer(n, agent);
            }
        });
    }

    /** The queue's bulk close: each ticket closed as {@link #close} closes one (survey, audit); refusals are named. */
    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public BulkOutcome closeAll(Collection<String> numbers) {
        return each(numbers, this::close);
    }

    /**
     * Runs the action for each ticket in this transaction. A refusal is caught here, before it leaves the bean, so it
     * does not roll back the others; the entities refuse before they change, so a refused ticket is left as it was.
     * An unknown number is refused before the action: {@link TicketQueues#get} refusing would mark the whole
     * transaction for rollback on its way out of that bean.
     */
    private BulkOutcome each(Collection<String> numbers, Consumer<String> action) {
        List<String> done = new ArrayList<>();
        Map<String, BusinessException> refused = new LinkedHashMap<>();
        for (String n : new LinkedHashSet<>(numbers)) {
            if (queues.find(n).isEmpty()) {
                refused.put(n, new BusinessException("helpdesk.notFound"));
                continue;
            }
            try {
                action.accept(n);
                done.add(n);
            } catch (BusinessException e) {
                refused.put(n, e);
            }
        }
        return new BulkOutcome(done, refused);
    }

    /** What a bulk action did: the tickets changed, and each refused one with the rule's refusal. */
    public record BulkOutcome(List<String> done, Map<String, BusinessException> refused) {
    }

    /** The ticket goes to another agent (a live chat handed over); the new agent is named in the audit. */
    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public Ticket transfer(String number, String agent) {
        Ticket t = queues.get(number);
        if (agent == null || agent.isBlank() || staff.findByUsername(agent.strip())
                .filter(a -> a.isEnabled() && a.hasRole(Role.AGENT)).isEmpty()) {
            throw new InvalidInputException(List.of(Violation.of("agent", "livechat.unknownAgent", String.valueOf(agent))));
        }
        String actor = audit.currentActor();
        t.assign(agent.strip());
        audit.recordAs(actor, "TICKET_TRANSFERRED", ENTITY, t.getNumber(), actor + " → " + agent.strip());
        return t;
    }

    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public Ticket reopen(String number) {
        Ticket t = queues.get(number);
        String actor = audit.currentActor();
        t.reopen(actor, clock.now());
        audit.recordAs(actor, "TICKET_REOPENED", ENTITY, t.getNumber(), null);
        return t;
    }

    /** {@code duplicate} joins {@code target}: its thread moves there; it stays as a pointer to it. */
    @RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
    public Ticket merge(String duplicate, String target) {
        Ticket d = queues.get(duplicate);
        Ticket into = queues.get(target);
        String actor = audit.currentActor();
        d.mergeInto(into, actor, clock.now());
        audit.recordAs(actor, "TICKET_MERGED", ENTITY, d.getNumber(), "into " + into.getNumber());
        return into;
    }

    /** The survey link for a code {@link #close} returned: agents pass it on by phone or WhatsApp where there is no e-mail. */
    public String surveyLink(String code) {
        return links.survey(code);
    }
}
