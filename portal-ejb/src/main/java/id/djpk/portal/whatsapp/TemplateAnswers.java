package id.djpk.portal.whatsapp;

import id.djpk.portal.helpdesk.AgentDesk;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An agent's answer to a WhatsApp ticket outside the Cloud API's 24-hour customer-service window, where Meta takes
 * only approved templates: the agent picks one of the administrators' list (name, language, parameters) and it goes
 * out through the outbox, recorded on the ticket as the answer ("Templat hello_world (en_US): …").
 */
@Stateless
public class TemplateAnswers {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AgentDesk desk;

    @Inject
    private TicketQueues queues;

    @Inject
    private WhatsAppOutbox outbox;

    @Inject
    private WhatsAppSettings settings;

    @Inject
    private OfficeClock clock;

    /** Whether the ticket is a WhatsApp conversation whose 24-hour window has closed (only a template can go). */
    public boolean windowClosed(String number) {
        return conversation(number).map(c -> !c.windowOpen(clock.now())).orElse(false);
    }

    /** The approved templates the agent can pick from. */
    public List<Template> templates() {
        return em.createNamedQuery("Template.all", Template.class).getResultList();
    }

    public Ticket send(String number, String template, String language, List<String> parameters) {
        List<String> params = parameters == null ? List.of() : parameters.stream().map(String::strip).toList();
        List<Violation> v = new ArrayList<>();
        Template.check(em, template, language, params.size(), v);
        if (v.isEmpty() && params.stream().anyMatch(String::isEmpty)) {
            v.add(Violation.of("parameters", "blast.parameters", params.size()));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Ticket ticket = queues.find(number).orElseThrow(() -> new BusinessException("helpdesk.notFound", number));
        Conversation c = conversation(ticket.getNumber()).filter(x -> ticket.getChannel() == Channel.WHATSAPP)
                .orElseThrow(() -> new BusinessException("whatsapp.notConversation"));
        if (!settings.configured()) {
            throw new BusinessException("whatsapp.off");
        }
        String text = "Templat " + template + " (" + language + ")" + (params.isEmpty() ? "" : ": " + String.join(" | ", params));
        return desk.replyThrough(ticket.getNumber(), text, (t, answer) -> {
            em.flush(); // the answer's id links the outgoing message back to it
            outbox.queue(c.getWaId(), new Outgoing.Template(template, language, params), t.getNumber(), answer.getId());
            answer.queued(null);
        });
    }

    private Optional<Conversation> conversation(String number) {
        return em.createNamedQuery("Conversation.ofTicket", Conversation.class).setParameter("number", number)
                .getResultStream().findFirst();
    }
}
