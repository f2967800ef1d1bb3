package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.KnowledgeArticle;
import id.djpk.portal.helpdesk.KnowledgeBase;
import id.djpk.portal.reference.OrgUnit;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.security.CurrentUser;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base for agents and Layer 2: entries with their review state, the notice of entries a new
 * regulation made stale, writing and editing, and the owning unit's review.
 */
@Named
@ViewScoped
public class KnowledgeBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("question", "kb:question", "answer", "kb:answer",
            "topic", "kb:topic", "unit", "kb:unit");

    @Inject
    private KnowledgeBase knowledge;

    @Inject
    private ReferenceData reference;

    @Inject
    private StaffUnit staffUnit;

    @Inject
    private CurrentUser user;

    private Long id;
    private String question;
    private String answer;
    private String topic;
    private String unit;
    private boolean published = true;
    private List<KnowledgeArticle> articles;

    public List<KnowledgeArticle> getArticles() {
        if (articles == null) {
            articles = knowledge.all();
        }
        return articles;
    }

    public long getNeedingReview() {
        return getArticles().stream().filter(a -> a.getStatus() == KnowledgeArticle.Status.NEEDS_REVIEW).count();
    }

    public void edit(KnowledgeArticle a) {
        id = a.getId();
        question = a.getQuestion();
        answer = a.getAnswer();
        topic = a.getTopicCode();
        unit = a.getUnitCode();
        published = a.isPublished();
    }

    public void clear() {
        id = null;
        question = null;
        answer = null;
        topic = null;
        unit = user.is("L2") ? staffUnit.getCode() : null;
        published = true;
    }

    public void save() {
        try {
            knowledge.save(id, question, answer, topic, unit, published);
            FacesMessages.info("kb.saved");
            clear();
            articles = null;
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    /** Layer 2 reviews for its own unit; an administrator or agent for entries without one. */
    public void review(KnowledgeArticle a) {
        try {
            knowledge.review(a.getId(), user.is("L2") ? staffUnit.getCode() : null);
            FacesMessages.info("kb.reviewed");
            articles = null;
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
    }

    public boolean canReview(KnowledgeArticle a) {
        return a.getStatus() != KnowledgeArticle.Status.REVIEWED && (layer2Only()
                ? a.getUnitCode() != null && a.getUnitCode().equals(staffUnit.getCode())
                : a.getUnitCode() == null || a.getUnitCode().equals(staffUnit.getCode()) || user.isAdmin());
    }

    public String topicName(String code) {
        return reference.findTopic(code).map(Topic::getName).orElse(code);
    }

    public List<Topic> getTopics() { return reference.activeTopics(); }
    /** Layer 2 changes its own unit's entries only (the service refuses the others). */
    public boolean canEdit(KnowledgeArticle a) {
        return !layer2Only() || (a.getUnitCode() != null && a.getUnitCode().equals(staffUnit.getCode()));
    }

    private boolean layer2Only() {
        return user.is("L2") && !user.is("AGENT") && !user.isAdmin();
    }

    /** Layer 2 writes for its own unit only (the service refuses any other); others choose any unit. */
    public List<OrgUnit> getUnits() {
        if (layer2Only()) {
            return reference.units().stream().filter(u -> u.getCode().equals(staffUnit.getCode())).toList();
        }
        return reference.units();
    }

    public Long getId() { return id; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
}
