package org.regionaltimeline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.WriteGate;
import org.regionaltimeline.audit.AuditTrail;
import org.regionaltimeline.event.Event;
import org.regionaltimeline.project.Project;
import org.regionaltimeline.project.ProjectRegistry;
import org.regionaltimeline.sync.ChangeRecorder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hiding and deleting whole articles with their events. Hidden articles leave every read and appear to sync clients as
 * deletions until shown again; deleted ones are gone, with tombstones in the change feed and their text kept in the
 * audit trail.
 */
@ApplicationScoped
public class ArticleCuration {

    @Inject
    EntityManager em;

    @Inject
    WriteGate gate;

    @Inject
    ProjectRegistry projects;

    @Inject
    ChangeRecorder changes;

    @Inject
    AuditTrail audit;

    public ArticleState setHidden(long id, boolean hidden) {
        return gate.write(() -> {
            Article article = require(id);
            List<Long> eventIds = eventIds(id);
            ArticleState before = new ArticleState(id, article.title, article.hidden, eventIds.size());
            if (article.hidden != hidden) {
                article.hidden = hidden;
                article.updatedAt = Instant.now();
                em.flush();
                for (Long eventId : eventIds) {
                    changes.record(ChangeRecorder.Type.EVENT, eventId, ChangeRecorder.Operation.UPSERT);
                }
                changes.record(ChangeRecorder.Type.ARTICLE, id, ChangeRecorder.Operation.UPSERT);
                affectedProjects(id).forEach(projects::recount);
            }
            ArticleState after = new ArticleState(id, article.title, article.hidden, eventIds.size());
            audit.record(hidden ? "article.hide" : "article.show", "article", id, before, after);
            return after;
        });
    }

    public void delete(long id) {
        gate.write(() -> {
            Article article = require(id);
            List<Long> eventIds = eventIds(id);
            List<Project> affected = affectedProjects(id);
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("title", article.title);
            before.put("source", article.source == null ? null : article.source.name);
            before.put("publishedOn", article.publishedOn == null ? null : article.publishedOn.toString());
            before.put("body", article.body);
            before.put("hidden", article.hidden);
            before.put("events", Event.<Event>list("article.id = ?1 order by id", id).stream()
                    .map(e -> Map.of("id", e.id, "start", e.startDate.toString(), "summary", e.summary)).toList());
            // figures and region/project links go with their rows (ON DELETE CASCADE)
            em.createNativeQuery("DELETE FROM event WHERE article_id = :a").setParameter("a", id).executeUpdate();
            em.createNativeQuery("DELETE FROM article WHERE id = :a").setParameter("a", id).executeUpdate();
            em.clear();
            for (Long eventId : eventIds) {
                changes.record(ChangeRecorder.Type.EVENT, eventId, ChangeRecorder.Operation.DELETE);
            }
            changes.record(ChangeRecorder.Type.ARTICLE, id, ChangeRecorder.Operation.DELETE);
            for (Project p : affected) {
                projects.recount(Project.findById(p.id));
            }
            audit.record("article.delete", "article", id, before, null);
            return null;
        });
    }

    private static Article require(long id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw ApiException.notFound("article", id);
        }
        return article;
    }

    private List<Long> eventIds(long articleId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM event WHERE article_id = :a ORDER BY id").setParameter("a", articleId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<Project> affectedProjects(long articleId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT project_id FROM article_project WHERE article_id = :a UNION"
                        + " SELECT ep.project_id FROM event_project ep JOIN event e ON e.id = ep.event_id WHERE e.article_id = :a")
                .setParameter("a", articleId).getResultList();
        return ids.stream().map(n -> Project.<Project>findById(n.longValue())).toList();
    }
}
