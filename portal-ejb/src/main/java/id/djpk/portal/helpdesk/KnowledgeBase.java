package id.djpk.portal.helpdesk;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationChanged;
import id.djpk.portal.publication.PublicationStatus;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The knowledge base: entries written by agents and Layer 2, reviewed by the unit that owns them, shown as
 * canned answers to agents and (when published) as the public FAQ. A regulation published on a topic flags
 * that topic's entries "needs review" through the publication capability's {@link PublicationChanged} event:
 * publication knows nothing of the helpdesk.
 */
@Stateless
public class KnowledgeBase {

    static final String ENTITY = "KnowledgeArticle";
    static final int QUESTION_MAX = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReferenceData reference;

    @Inject
    private FaqCache cache;

    @Inject
    private StaffDirectory staff;

    @Inject
    private OfficeClock clock;

    /** Creates ({@code id} null) or changes an entry. A changed answer is a draft again until reviewed. */
    @RolesAllowed({Role.AGENT_NAME, Role.L2_NAME, Role.ADMIN_NAME})
    public KnowledgeArticle save(Long id, String question, String answer, String topic, String unit, boolean published) {
        return save(id, question, answer, topic, unit, published, audit.currentActor());
    }

    /**
     * As {@link #save}, by the given staff account. A Layer 2 account (one that is not also an agent or an
     * administrator) writes for its own unit only: it creates entries of its unit, changes only those, and
     * cannot hand one to another unit, whatever the page sent.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.L2_NAME, Role.ADMIN_NAME})
    public KnowledgeArticle save(Long id, String question, String answer, String topic, String unit, boolean published,
                                 String actor) {
        Optional<String> ownUnit = layer2Unit(actor);
        if (ownUnit.isPresent()) {
            if (id != null && !ownUnit.get().equals(get(id).getUnitCode())) {
                throw new BusinessException("helpdesk.kbNotYourUnit",
                        Optional.ofNullable(get(id).getUnitCode()).orElse("-"));
            }
            if (unit == null || unit.isBlank()) {
                unit = ownUnit.get();
            } else if (!unit.equals(ownUnit.get())) {
                throw new BusinessException("helpdesk.kbOwnUnitOnly", ownUnit.get());
            }
        }
        List<Violation> v = new ArrayList<>();
        if (question == null || question.isBlank()) {
            v.add(Violation.of("question", "helpdesk.required"));
        } else if (question.trim().length() > QUESTION_MAX) {
            v.add(Violation.of("question", "helpdesk.tooLong", QUESTION_MAX));
        }
        if (answer == null || answer.isBlank()) {
            v.add(Violation.of("answer", "helpdesk.required"));
        } else if (answer.trim().length() > HelpdeskService.TEXT_MAX) {
            v.add(Violation.of("answer", "helpdesk.tooLong", HelpdeskService.TEXT_MAX));
        }
        if (topic == null || reference.findTopic(topic).isEmpty()) {
            v.add(Violation.of("topic", "helpdesk.topicRequired"));
        }
        if (unit != null && !unit.isBlank() && reference.findUnit(unit).isEmpty()) {
            v.add(Violation.of("unit", "helpdesk.unitRequired"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Instant now = clock.now();
        String owner = unit == null || unit.isBlank() ? null : unit;
        KnowledgeArticle a;
        if (id == null) {
            a = new KnowledgeArticle(question, answer, topic, owner, published, actor, now);
            em.persist(a);
            em.flush();
        } else {
            a = get(id);
            a.edit(question, answer, topic, owner, published, actor, now);
        }
        audit.recordAs(actor, id == null ? "KB_CREATED" : "KB_UPDATED", ENTITY, a.getId(), topic + (published ? ", published" : ""));
        return a;
    }

    /** The owning unit confirms the entry is right as it stands (the web layer passes the L2 account's unit). */
    @RolesAllowed({Role.AGENT_NAME, Role.L2_NAME, Role.ADMIN_NAME})
    public KnowledgeArticle review(long id, String unit) {
        return review(id, unit, audit.currentActor());
    }

    /** As {@link #review}, by the given staff account; a Layer 2 account reviews for its own unit whatever is passed. */
    @RolesAllowed({Role.AGENT_NAME, Role.L2_NAME, Role.ADMIN_NAME})
    public KnowledgeArticle review(long id, String unit, String actor) {
        KnowledgeArticle a = get(id);
        Optional<String> ownUnit = layer2Unit(actor);
        if (ownUnit.isPresent() && !ownUnit.get().equals(a.getUnitCode())) {
            throw new BusinessException("helpdesk.kbNotYourUnit", Optional.ofNullable(a.getUnitCode()).orElse("-"));
        }
        if (a.getUnitCode() != null && unit != null && !a.getUnitCode().equals(unit)) {
            throw new BusinessException("helpdesk.kbNotYourUnit", a.getUnitCode());
        }
        a.markReviewed(actor, clock.now());
        audit.recordAs(actor, "KB_REVIEWED", ENTITY, a.getId(), unit);
        return a;
    }

    /** The unit a Layer 2 account writes for; empty for agents, administrators and anyone else. */
    private Optional<String> layer2Unit(String actor) {
        return staff.findByUsername(actor).flatMap(StaffAccount::layer2Unit);
    }

    public KnowledgeArticle get(long id) {
        return Optional.ofNullable(em.find(KnowledgeArticle.class, id)).orElseThrow(() -> new BusinessException("helpdesk.kbNotFound"));
    }

    public List<KnowledgeArticle> all() {
        return em.createNamedQuery("KnowledgeArticle.all", KnowledgeArticle.class).getResultList();
    }

    /** Canned answers for agents: every entry (internal ones too) of the topics, or all when none is given. */
    public List<KnowledgeArticle> cannedAnswers(java.util.Collection<String> topics) {
        if (topics == null || topics.isEmpty()) {
            return all();
        }
        return em.createNamedQuery("KnowledgeArticle.ofTopics", KnowledgeArticle.class).setParameter("topics", topics)
                .getResultList();
    }

    /**
     * What an agent can insert into an answer: with no words, the canned answers of the ticket's topics (all when it
     * has none); with words, every entry (internal ones too) whose question or answer holds them all, the ticket's
     * topics first.
     */
    public List<KnowledgeArticle> suggestions(Collection<String> topics, String text, int max) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty()) {
            return cannedAnswers(topics).stream().limit(max).toList();
        }
        List<String> words = List.of(typed.split("\\s+"));
        return all().stream()
                .filter(a -> words.stream().allMatch((a.getQuestion() + " " + a.getAnswer()).toLowerCase(Locale.ROOT)::contains))
                .sorted(Comparator.comparing((KnowledgeArticle a) -> topics == null || !topics.contains(a.getTopicCode())))
                .limit(max).toList();
    }

    /** The public FAQ: published entries matching the words, best first; all of them for no words. */
    public List<KnowledgeArticle> faq(String text, int max) {
        List<KnowledgeArticle> published = em.createNamedQuery("KnowledgeArticle.published", KnowledgeArticle.class)
                .getResultList();
        if (text == null || text.isBlank()) {
            return published.stream().limit(max).toList();
        }
        Instant latest = published.stream().map(KnowledgeArticle::getUpdatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        Map<String, String> topicNames = reference.topics().stream().collect(Collectors.toMap(Topic::getCode, Topic::getName));
        FaqIndex index = cache.index(published.size() + "|" + latest, () -> published.stream()
                .map(a -> new FaqIndex.Entry(a.getId(), a.getQuestion(), a.getAnswer(), topicNames.get(a.getTopicCode())))
                .toList());
        Map<Long, KnowledgeArticle> byId = published.stream().collect(Collectors.toMap(KnowledgeArticle::getId, Function.identity()));
        return index.search(text, max).stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * A regulation was published: the entries of its topics need review. Observed after the publisher's
     * transaction committed (a rolled-back publish flags nothing), in a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void regulationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicationChanged event) {
        if (event.type() != PublicationType.PERATURAN || event.status() != PublicationStatus.PUBLISHED) {
            return;
        }
        Publication p = em.find(Publication.class, event.id());
        if (p == null || p.getTopics().isEmpty() || p.getPublishedAt() == null) {
            return;
        }
        String reason = p.getTitle();
        int flagged = 0;
        for (KnowledgeArticle a : cannedAnswers(p.getTopics())) {
            if (a.flagForReview(p.getPublishedAt(), reason.length() > 500 ? reason.substring(0, 500) : reason)) {
                flagged++;
            }
        }
        if (flagged > 0) {
            audit.recordAs(AuditTrail.SYSTEM, "KB_NEEDS_REVIEW", "Publication", p.getId(), flagged + " entries, " + p.getTopics());
        }
    }
}
