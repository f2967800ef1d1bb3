package id.djpk.portal.whatsapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A WhatsApp number's standing with the portal: the bot's state between messages, the identity it gave (not
 * asked again for 90 days), when it last wrote (answers outside the Cloud API's 24-hour window need a template),
 * the ticket an agent has it in, and its consent to announcements.
 */
@Entity
@Table(name = "wa_conversation")
@NamedQuery(name = "Conversation.ofTicket", query = "SELECT c FROM Conversation c WHERE c.ticketNumber = :number")
public class Conversation implements Serializable {

    /** How long a given identity is trusted before the bot asks for it again. */
    public static final Duration IDENTITY_KEPT = Duration.ofDays(90);
    /** The Cloud API's customer-service window: free-form answers only this long after the user's last message. */
    public static final Duration WINDOW = Duration.ofHours(24);

    @Id
    @Column(name = "wa_id")
    private String waId;
    @Column(name = "profile_name")
    private String profileName;
    @Enumerated(EnumType.STRING)
    private Chatbot.Stage stage;
    @Enumerated(EnumType.STRING)
    private Identity.Field asking;
    @Column(name = "menu_item")
    private int menuItem;
    private String choices;
    private String name;
    @Column(name = "region_text")
    private String regionText;
    @Column(name = "region_code")
    private String regionCode;
    private String institution;
    private String email;
    private String question;
    @Column(name = "identity_at")
    private Instant identityAt;
    @Column(name = "last_in_at")
    private Instant lastInAt;
    @Column(name = "ticket_number")
    private String ticketNumber;
    @Column(name = "ticket_ref")
    private String ticketRef;
    @Column(name = "session_id")
    private Long sessionId;
    private boolean consent;
    @Version
    private int version;

    protected Conversation() {
    }

    Conversation(String waId) {
        this.waId = waId;
        this.stage = Chatbot.Stage.NEW;
    }

    /** The bot's state; a conversation that starts again after its identity expired is asked for it anew. */
    Chatbot.State state(Instant now) {
        Identity id = new Identity(name, regionText, regionCode, institution, email, question);
        if (stage == Chatbot.Stage.NEW && (identityAt == null || identityAt.plus(IDENTITY_KEPT).isBefore(now))) {
            id = Identity.EMPTY;
        }
        List<String> list = choices == null || choices.isEmpty() ? List.of() : Arrays.asList(choices.split(","));
        return new Chatbot.State(stage, id, asking, menuItem, list);
    }

    void keep(Chatbot.State s, Instant at) {
        boolean wasComplete = identityComplete();
        stage = s.stage();
        asking = s.asking();
        menuItem = s.menuItem();
        choices = s.choices().isEmpty() ? null : String.join(",", s.choices());
        Identity id = s.identity();
        name = id.name();
        regionText = id.region();
        regionCode = id.regionCode();
        institution = id.institution();
        email = id.email();
        question = id.question();
        if (!wasComplete && id.complete()) {
            identityAt = at;
            consent = true;
        }
    }

    /** Back to the start of the dialogue (a pause long enough ends a conversation; the identity stays). */
    void restart() {
        stage = Chatbot.Stage.NEW;
        asking = null;
        menuItem = 0;
        choices = null;
    }

    void wrote(Instant at, String profile) {
        if (lastInAt == null || at.isAfter(lastInAt)) {
            lastInAt = at;
        }
        if (profile != null && !profile.isBlank()) {
            profileName = profile.length() <= 200 ? profile : profile.substring(0, 200);
        }
    }

    void handedOver(String number, String sourceRef) {
        this.ticketNumber = number;
        this.ticketRef = sourceRef;
    }

    void session(Long id) {
        this.sessionId = id;
    }

    void consent(boolean given) {
        this.consent = given;
    }

    private boolean identityComplete() {
        return new Identity(name, regionText, regionCode, institution, email, question).complete();
    }

    /** Whether a free-form message may go to this number now. */
    public boolean windowOpen(Instant now) {
        return lastInAt != null && lastInAt.plus(WINDOW).isAfter(now);
    }

    public String getWaId() { return waId; }
    public String getProfileName() { return profileName; }
    public Chatbot.Stage getStage() { return stage; }
    public String getName() { return name; }
    public String getRegionCode() { return regionCode; }
    public String getInstitution() { return institution; }
    public String getEmail() { return email; }
    public String getQuestion() { return question; }
    public Instant getLastInAt() { return lastInAt; }
    public String getTicketNumber() { return ticketNumber; }
    public String getTicketRef() { return ticketRef; }
    public Long getSessionId() { return sessionId; }
    public boolean isConsent() { return consent; }
    /** When the identity was last completed (and with it the consent to announcements given). */
    public Instant getIdentityAt() { return identityAt; }
}
