package id.djpk.portal.web.ppid;

import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.ppid.ReleasedInformation;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.Links;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jakarta.servlet.http.Part;

import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.DipService;
import id.djpk.portal.ppid.ExemptionGround;
import id.djpk.portal.ppid.InformationRequest;
import id.djpk.portal.ppid.ObjectionOutcome;
import id.djpk.portal.ppid.PpidDesk;
import id.djpk.portal.ppid.PpidReleases;
import id.djpk.portal.ppid.PpidService;
import id.djpk.portal.ppid.RequestEvent;
import id.djpk.portal.ppid.RequestStatus;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.Formatter;
import id.djpk.portal.web.security.CurrentUser;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request for the PPID and the superior: everything the requester gave, the due date and how it was
 * reached, the timeline, and the actions its state allows. The service checks every rule again and audits.
 */
@Named
@ViewScoped
public class PpidRequestBean implements Serializable {

    /** The fields the service names in its violations, and where each is on this page. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("days", "extend:days"), Map.entry("reason", "extend:reason"),
            Map.entry("decision", "decide:decision"), Map.entry("decision_text", "decide:text"),
            Map.entry("exemption_ground", "decide:ground"), Map.entry("consequence_test", "decide:consequenceTest"),
            Map.entry("holding_body", "decide:holdingBody"), Map.entry("releases", "decide:decision"),
            Map.entry("outcome", "objection:outcome"), Map.entry("objection_text", "objection:text"));

    @Inject
    private PpidService ppid;

    @Inject
    private PpidDesk desk;

    @Inject
    private PpidReleases releases;

    @Inject
    private DipService dips;

    @Inject
    private CurrentUser user;

    @Inject
    private Links links;

    private String number;
    private InformationRequest request;

    private Integer extensionDays = 7;
    private String extensionReason;
    private Decision decision;
    private String decisionText;
    private ExemptionGround ground;
    private String consequenceTest;
    private String holdingBody;
    private ObjectionOutcome outcome;
    private String objectionText;

    @Inject
    private ReferenceData reference;

    private String topic;
    private transient Part file;
    private String publicationQuery;
    private List<PublicItem.Link> publicationHits = List.of();
    private List<ReleasedInformation> items;
    private List<OutboxMessage> messages;

    /** Called by f:viewAction with ?nomor=; an unknown number leaves the page with a message and no form. */
    public void load() {
        if (number != null && (request == null || !number.equals(request.getTrackingNumber()))) {
            request = ppid.find(number).orElse(null);
            if (request != null) {
                // the page shows the requester's NIK, address and contacts: who read them is kept
                desk.personalDetailsViewed(request);
            }
        }
        if (request == null) {
            ViewParams.notFound("ppid.notFound");
        } else {
            topic = request.getTopicCode();
        }
    }

    /** The kind of information asked, for the monthly figures. */
    public void classify() {
        try {
            desk.classify(request.getTrackingNumber(), topic);
            FacesMessages.info("ppid.classified");
            reload();
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of("topic", "classify:topic"));
        }
    }

    /** A file for the requester, uploaded before the decision and given with it. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("ppid.fileMissing");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String name = file.getSubmittedFileName();
            releases.prepareFile(request.getTrackingNumber(), name, in, name);
            FacesMessages.info("ppid.filePrepared", name);
            reload();
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void searchPublications() {
        publicationHits = dips.publicationsMatching(publicationQuery);
        if (publicationHits.isEmpty()) {
            FacesMessages.info("ppid.noPublicationFound");
        }
    }

    public void linkPublication(String slug) {
        try {
            releases.preparePublication(request.getTrackingNumber(), slug);
            FacesMessages.info("ppid.linkPrepared");
            publicationHits = List.of();
            reload();
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of());
        }
    }

    public void removeItem(long id) {
        try {
            releases.removePrepared(request.getTrackingNumber(), id);
            reload();
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of());
        }
    }

    public List<ReleasedInformation> getItems() {
        if (items == null) {
            items = ppid.releases(request);
        }
        return items;
    }

    public List<OutboxMessage> getMessages() {
        if (messages == null) {
            messages = desk.messages(request);
        }
        return messages;
    }

    public List<Topic> getTopics() {
        return reference.subjectTopics();
    }

    public String publicationUrl(String slug) {
        return links.publication(slug);
    }

    public void extend() {
        try {
            desk.extend(request.getTrackingNumber(), extensionDays, extensionReason);
            FacesMessages.info("ppid.extended");
            reload();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void decide() {
        try {
            // only the fields of the chosen decision are sent: a ground left in the hidden part of the form
            // after switching from REJECTED to GRANTED must not end up in the notice
            boolean withholds = decision != null && decision.withholds();
            desk.decide(request.getTrackingNumber(), decision, decisionText, withholds ? ground : null,
                    withholds ? consequenceTest : null, decision == Decision.NOT_HELD ? holdingBody : null);
            FacesMessages.info("ppid.decided");
            reload();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void decideObjection() {
        try {
            desk.decideObjection(request.getTrackingNumber(), outcome, objectionText);
            FacesMessages.info("ppid.objectionDecided");
            reload();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    // ---------------------------------------------------------------- what each confirmation says

    /** Who receives the letter: the requester by name and e-mail, or how it reaches a requester without one. */
    private String recipient() {
        return request.getEmail() == null || request.getEmail().isBlank()
                ? FacesMessages.format("confirm.recipientNoEmail", request.getName(),
                        FacesMessages.text("ppidDelivery." + request.getDeliveryMethod().name()))
                : FacesMessages.format("confirm.recipient", request.getName(), request.getEmail());
    }

    /** The extension notice: to whom, for which request. */
    public String getExtendConfirm() {
        return FacesMessages.format("confirm.ppidExtend", request.getTrackingNumber(), recipient());
    }

    /**
     * The written notice: to whom, the decision chosen (the menu's ajax renders the button again) and what is
     * given with it.
     */
    public String getDecideConfirm() {
        String chosen = decision == null ? FacesMessages.text("confirm.notChosen")
                : FacesMessages.text("ppidDecision." + decision.name());
        List<String> prepared = getItems().stream().filter(i -> !i.isReleased()).map(ReleasedInformation::getTitle).toList();
        return FacesMessages.format("confirm.ppidDecide", recipient(), request.getTrackingNumber(), chosen,
                prepared.isEmpty() ? FacesMessages.text("confirm.nothingGiven") : String.join(", ", prepared));
    }

    /** The superior's answer to the objection: to whom, and the outcome chosen. */
    public String getObjectionConfirm() {
        String chosen = outcome == null ? FacesMessages.text("confirm.notChosen")
                : FacesMessages.text("ppidOutcome." + outcome.name());
        return FacesMessages.format("confirm.ppidObjection", recipient(), request.getTrackingNumber(), chosen);
    }

    private void reload() {
        request = ppid.find(request.getTrackingNumber()).orElseThrow();
        items = null;
        messages = null;
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getDueExplanation() {
        return ppid.explainDue(request, locale());
    }

    public String getObjectionDueExplanation() {
        return ppid.explainObjectionDue(request, locale()).orElse(null);
    }

    /** Oldest first, as a timeline is read. */
    public List<RequestEvent> getEvents() {
        return request.getEvents().stream().sorted(Comparator.comparing(RequestEvent::getAt)).toList();
    }

    /** A step's note in words: the decision, ground or outcome by its label, the due date in the staff's language. */
    public String note(RequestEvent event) {
        Formatter formatter = Formatter.of(locale());
        return event.noteText(code -> FacesMessages.text((code instanceof Decision ? "ppidDecision."
                : code instanceof ObjectionOutcome ? "ppidOutcome." : "ppidObjection.") + code.name()),
                due -> java.text.MessageFormat.format(FacesMessages.text("ppid.dueNote"), formatter.date(due)));
    }

    public boolean isOfficer() {
        return user.is("PPID") || user.isAdmin();
    }

    public boolean isCanExtend() {
        return isOfficer() && desk.mayExtend(request);
    }

    public boolean isCanDecide() {
        return isOfficer() && request.getStatus().awaitsDecision();
    }

    public boolean isCanDecideObjection() {
        return user.is("PPID_SUPERIOR") && request.getStatus() == RequestStatus.OBJECTED;
    }

    public boolean isWithholding() {
        return decision != null && decision.withholds();
    }

    public boolean isNotHeld() {
        return decision == Decision.NOT_HELD;
    }

    public Decision[] getDecisions() { return Decision.values(); }
    public ExemptionGround[] getGrounds() { return ExemptionGround.values(); }
    public ObjectionOutcome[] getOutcomes() { return ObjectionOutcome.values(); }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getPublicationQuery() { return publicationQuery; }
    public void setPublicationQuery(String publicationQuery) { this.publicationQuery = publicationQuery; }
    public List<PublicItem.Link> getPublicationHits() { return publicationHits; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public InformationRequest getRequest() { return request; }
    public Integer getExtensionDays() { return extensionDays; }
    public void setExtensionDays(Integer extensionDays) { this.extensionDays = extensionDays; }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String extensionReason) { this.extensionReason = extensionReason; }
    public Decision getDecision() { return decision; }
    public void setDecision(Decision decision) { this.decision = decision; }
    public String getDecisionText() { return decisionText; }
    public void setDecisionText(String decisionText) { this.decisionText = decisionText; }
    public ExemptionGround getGround() { return ground; }
    public void setGround(ExemptionGround ground) { this.ground = ground; }
    public String getConsequenceTest() { return consequenceTest; }
    public void setConsequenceTest(String consequenceTest) { this.consequenceTest = consequenceTest; }
    public String getHoldingBody() { return holdingBody; }
    public void setHoldingBody(String holdingBody) { this.holdingBody = holdingBody; }
    public ObjectionOutcome getOutcome() { return outcome; }
    public void setOutcome(ObjectionOutcome outcome) { this.outcome = outcome; }
    public String getObjectionText() { return objectionText; }
    public void setObjectionText(String objectionText) { this.objectionText = objectionText; }
}
