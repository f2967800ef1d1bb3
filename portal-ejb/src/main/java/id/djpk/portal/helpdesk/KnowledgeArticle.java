package id.djpk.portal.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A knowledge-base entry: a question and its answer on one topic, owned by the Layer 2 unit that reviews it.
 * Published entries make the public FAQ and the agents' canned answers; internal ones only the latter.
 * A regulation published on the topic makes a reviewed answer stale: it then "needs review".
 */
@Entity
@Table(name = "kb_article")
@NamedQuery(name = "KnowledgeArticle.all", query = "SELECT a FROM KnowledgeArticle a ORDER BY a.topicCode, a.question")
@NamedQuery(name = "KnowledgeArticle.published", query = "SELECT a FROM KnowledgeArticle a WHERE a.published = TRUE "
        + "ORDER BY a.topicCode, a.question")
@NamedQuery(name = "KnowledgeArticle.ofTopics", query = "SELECT a FROM KnowledgeArticle a WHERE a.topicCode IN :topics")
@NamedQuery(name = "KnowledgeArticle.needingReview", query = "SELECT a.topicCode, COUNT(a) FROM KnowledgeArticle a "
        + "WHERE a.status = id.djpk.portal.helpdesk.KnowledgeArticle.Status.NEEDS_REVIEW GROUP BY a.topicCode")
public class KnowledgeArticle implements Serializable {

    public enum Status { DRAFT, NEEDS_REVIEW, REVIEWED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    private String question;
    private String answer;
    @Column(name = "topic_code")
    private String topicCode;
    @Column(name = "unit_code")
    private String unitCode;
    @Enumerated(EnumType.STRING)
    private Status status;
    private boolean published;
    @Column(name = "review_reason")
    private String reviewReason;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Version
    private int version;

    protected KnowledgeArticle() {
    }

    KnowledgeArticle(String question, String answer, String topicCode, String unitCode, boolean published, String by,
            Instant at) {
        this.status = Status.DRAFT;
        edit(question, answer, topicCode, unitCode, published, by, at);
    }

    void edit(String question, String answer, String topicCode, String unitCode, boolean published, String by, Instant at) {
        this.question = question.trim();
        this.answer = answer.trim();
        this.topicCode = topicCode;
        this.unitCode = unitCode;
        this.published = published;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void markReviewed(String by, Instant at) {
        status = Status.REVIEWED;
        reviewReason = null;
        reviewedAt = at;
        reviewedBy = by;
    }

    /**
     * A regulation published at {@code regulationPublished} concerns this entry's topic. An entry reviewed
     * after that already reflects it (an edit of the regulation fires again and must not undo that review).
     */
    boolean flagForReview(Instant regulationPublished, String reason) {
        if (status == Status.NEEDS_REVIEW || (reviewedAt != null && reviewedAt.isAfter(regulationPublished))) {
            return false;
        }
        status = Status.NEEDS_REVIEW;
        reviewReason = reason;
        return true;
    }

    public Long getId() { return id; }
    public String getQuestion() { return question; }
    public String getAnswer() { return answer; }
    public String getTopicCode() { return topicCode; }
    public String getUnitCode() { return unitCode; }
    public Status getStatus() { return status; }
    public boolean isPublished() { return published; }
    public String getReviewReason() { return reviewReason; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewedBy() { return reviewedBy; }
}
