package org.regionaltimeline.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.WriteGate;
import org.regionaltimeline.audit.AuditTrail;
import org.regionaltimeline.sync.ChangeRecorder;

import java.util.List;
import java.util.Map;

/**
 * Merges two projects that are one initiative (“绿围脖”工程 and 塔克拉玛干沙漠边缘阻沙防护带): the source's events,
 * articles and name spellings move to the target, the source's slug keeps resolving to the target, and sync clients
 * see the source deleted and the moved events updated.
 */
@ApplicationScoped
public class ProjectMerge {

    @Inject
    EntityManager em;

    @Inject
    WriteGate gate;

    @Inject
    ProjectLookup lookup;

    @Inject
    ProjectService service;

    @Inject
    ProjectRegistry registry;

    @Inject
    ChangeRecorder changes;

    @Inject
    AuditTrail audit;

    public ProjectDetail merge(String targetSlug, String sourceSlug) {
        return gate.write(() -> {
            Project target = lookup.require(targetSlug);
            Project source = lookup.find(sourceSlug)
                    .orElseThrow(() -> ApiException.invalidParam("from", "unknown project " + sourceSlug));
            if (source.id.equals(target.id)) {
                throw ApiException.invalidParam("from", "is the same project as " + target.slug);
            }
            ProjectDetail targetBefore = service.detail(target.slug);
            ProjectDetail sourceBefore = service.detail(source.slug);
            long t = target.id;
            long s = source.id;
            @SuppressWarnings("unchecked")
            List<Number> movedEvents = em.createNativeQuery("SELECT event_id FROM event_project WHERE project_id = :s ORDER BY event_id")
                    .setParameter("s", s).getResultList();
            em.createNativeQuery("INSERT INTO event_project (event_id, project_id, start_date) SELECT ep.event_id, :t, ep.start_date"
                            + " FROM event_project ep WHERE ep.project_id = :s"
                            + " AND NOT EXISTS (SELECT 1 FROM event_project x WHERE x.event_id = ep.event_id AND x.project_id = :t)")
                    .setParameter("t", t).setParameter("s", s).executeUpdate();
            em.createNativeQuery("INSERT INTO article_project (article_id, project_id) SELECT ap.article_id, :t"
                            + " FROM article_project ap WHERE ap.project_id = :s"
                            + " AND NOT EXISTS (SELECT 1 FROM article_project x WHERE x.article_id = ap.article_id AND x.project_id = :t)")
                    .setParameter("t", t).setParameter("s", s).executeUpdate();
            em.createNativeQuery("UPDATE project_alias SET project_id = :t WHERE project_id = :s").setParameter("t", t).setParameter("s", s).executeUpdate();
            em.createNativeQuery("UPDATE project_redirect SET project_id = :t WHERE project_id = :s").setParameter("t", t).setParameter("s", s).executeUpdate();
            em.createNativeQuery("INSERT INTO project_redirect (old_slug, project_id) VALUES (:slug, :t)")
                    .setParameter("slug", source.slug).setParameter("t", t).executeUpdate();
            em.flush();
            String sourceSlugNow = source.slug;
            em.createNativeQuery("DELETE FROM project WHERE id = :s").setParameter("s", s).executeUpdate();
            em.clear();
            changes.record(ChangeRecorder.Type.PROJECT, sourceSlugNow, ChangeRecorder.Operation.DELETE);
            for (Number eventId : movedEvents) {
                changes.record(ChangeRecorder.Type.EVENT, eventId.longValue(), ChangeRecorder.Operation.UPSERT);
            }
            registry.recount(Project.findById(t));
            em.flush();
            ProjectDetail after = service.detail(targetSlug);
            audit.record("project.merge", "project", after.slug(), Map.of("target", targetBefore, "merged", sourceBefore), after);
            return after;
        });
    }
}
