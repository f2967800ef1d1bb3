package id.djpk.portal.helpdesk;

import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.system.LetterTexts;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.Links;
import id.djpk.portal.system.OfficeClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The contact center's e-mails: the acknowledgement with the access link, an agent's answer, the survey link (in
 * the requester's language, {@code letters_en.properties} for a ticket from the English page), and the escalation
 * and callback reminder to a Layer 2 unit (in Bahasa Indonesia). The texts live in {@code letters.properties}; every
 * link comes from {@link Links}. No text of the requester's goes into a subject or an acknowledgement, which go
 * to whatever address was typed.
 */
@ApplicationScoped
public class HelpdeskLetters {

    /** The outbox's {@code about} kind of every e-mail written about a ticket. */
    public static final String ABOUT = HelpdeskService.ENTITY.toUpperCase(Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", LetterTexts.ID);

    private final LetterTexts texts = new LetterTexts(HelpdeskLetters.class);

    @Inject
    Links links;

    /** Letters outside the container (unit tests). */
    public static HelpdeskLetters of(Links links) {
        HelpdeskLetters l = new HelpdeskLetters();
        l.links = links;
        return l;
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** The acknowledgement of a new ticket, with its access code (masked in the outbox once sent). */
    Mail received(Ticket t, String accessCode) {
        LetterTexts l = to(t);
        return Mail.to(t.getRequesterEmail()).subject(l.text("received.subject", t.getNumber()))
                .text(l.text("received.text", t.getNumber(), accessCode, links.publicBase() + Links.TICKET,
                        links.ticket(t.getNumber(), accessCode)) + l.text("footer"))
                .secret(accessCode).about(ABOUT, t.getNumber());
    }

    /** An agent's answer, under the ticket's subject. */
    Mail reply(Ticket t, String body) {
        LetterTexts l = to(t);
        return Mail.to(t.getRequesterEmail()).subject(l.text("reply.subject", t.getNumber(), t.getSubject()))
                .text(l.text("reply.text", t.getNumber(), body)).about(ABOUT, t.getNumber());
    }

    /** The one-use survey link of a closed ticket; a live chat's also carries the chat's transcript. */
    Mail survey(Ticket t, String surveyCode) {
        LetterTexts l = to(t);
        String survey = l.text("survey.text", t.getNumber(), Long.toString(Survey.VALID.toDays()), links.survey(surveyCode));
        if (t.getChannel() == Channel.LIVE_CHAT) {
            return Mail.to(t.getRequesterEmail()).subject(l.text("livechat.transcript.subject", t.getNumber()))
                    .text(l.text("livechat.transcript.text", t.getNumber(), transcript(t, l)) + "\n\n" + survey
                            + l.text("footer"))
                    .secret(surveyCode).about(ABOUT, t.getNumber());
        }
        return Mail.to(t.getRequesterEmail()).subject(l.text("survey.subject", t.getNumber()))
                .text(survey + l.text("footer"))
                .secret(surveyCode).about(ABOUT, t.getNumber());
    }

    /** The chat as the visitor saw it: time (WIB), who, what. */
    private static String transcript(Ticket t, LetterTexts l) {
        DateTimeFormatter time = l.format("d MMM yyyy HH.mm").withZone(OfficeClock.DEFAULT_ZONE);
        StringBuilder b = new StringBuilder();
        for (TicketMessage m : t.publicThread()) {
            b.append('[').append(time.format(m.getAt())).append(" WIB] ").append(m.getAuthor()).append(":\n")
                    .append(m.getBody()).append("\n\n");
        }
        return b.toString().strip();
    }

    /** The requester's language: the page's, for a ticket opened on the web form or by the API. */
    private LetterTexts to(Ticket t) {
        return texts.in(t.getLanguage());
    }

    /**
     * The escalation (or, the working day before the deadline, the reminder) to each enabled Layer 2 account of
     * {@code unit} with a usable address: the number, the callback deadline and the agent's summary, with the link
     * to the ticket in their queue. The subject carries no requester text.
     */
    List<Mail> toUnit(Ticket t, String unit, LocalDate due, boolean reminder, Collection<StaffAccount> staff) {
        String kind = reminder ? "reminder" : "escalated";
        String day = DAY.format(due);
        List<Mail> out = new ArrayList<>();
        for (StaffAccount a : staff) {
            if (a.isEnabled() && a.hasRole(Role.L2) && a.getUnit() != null && unit.equals(a.getUnit().getCode())
                    && a.getEmail() != null && Mail.plausibleAddress(a.getEmail())) {
                out.add(Mail.to(a.getEmail()).about(ABOUT, t.getNumber())
                        .subject(text(kind + ".subject", t.getNumber(), unit, day))
                        .text(text(kind + ".text", t.getNumber(), unit, day, a.getFullName(), t.getEscalationSummary(),
                                links.staffL2Ticket(t.getNumber()))));
            }
        }
        return out;
    }
}
