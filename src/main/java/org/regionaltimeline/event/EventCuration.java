package org.regionaltimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.WriteGate;
import org.regionaltimeline.audit.AuditTrail;
import org.regionaltimeline.extract.PartialDate;
import org.regionaltimeline.project.Project;
import org.regionaltimeline.project.ProjectLookup;
import org.regionaltimeline.project.ProjectRegistry;
import org.regionaltimeline.region.RegionDirectory;
import org.regionaltimeline.region.RegionLinker;
import org.regionaltimeline.sync.ChangeRecorder;

import java.sql.Date;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Editors' corrections of single events: one transaction each, audited, visible to sync clients. */
@ApplicationScoped
public class EventCuration {

    @Inject
    EntityManager em;

    @Inject
    WriteGate gate;

    @Inject
    EventReader reader;

    @Inject
    RegionDirectory regions;

    @Inject
    RegionLinker regionLinker;

    @Inject
    ProjectRegistry projects;

    @Inject
    ProjectLookup lookup;

    @Inject
    ChangeRecorder changes;

    @Inject
    AuditTrail audit;

    public EventDetail read(long id) {
        Event event = Event.findById(id);
        if (event == null || event.hidden || event.article.hidden) {
            throw ApiException.notFound("event", id);
        }
        return reader.details(List.of(event)).get(0);
    }

    public EventDetail patch(long id, EventPatch patch) {
        if (patch.isEmpty()) {
            throw ApiException.badRequest("nothing to change: send at least one field");
        }
        PartialDate date = patch.date() == null ? null : parse(patch);
        if (patch.date() == null && patch.end() != null) {
            throw ApiException.invalidParam("end", "send it with date");
        }
        for (String code : patch.regions() == null ? List.<String>of() : patch.regions()) {
            if (regions.find(code).isEmpty()) {
                throw ApiException.invalidParam("regions", "unknown region code " + code);
            }
        }
        return gate.write(() -> {
            Event event = Event.findById(id);
            if (event == null) {
                throw ApiException.notFound("event", id);
            }
            EventDetail before = reader.details(List.of(event)).get(0);
            Map<Long, Project> affected = new LinkedHashMap<>();
            projectsOf(event.id).forEach(p -> affected.put(p.id, p));
            Set<Project> replacement = patch.projects() == null ? null : resolveProjects(patch.projects());

            if (date != null) {
                event.startDate = date.start();
                event.endDate = date.end();
                event.precision = date.precision().wireName();
                em.flush();
                for (String table : List.of("event_region", "event_project")) {
                    em.createNativeQuery("UPDATE " + table + " SET start_date = :d WHERE event_id = :e")
                            .setParameter("d", Date.valueOf(date.start())).setParameter("e", event.id).executeUpdate();
                }
            }
            if (patch.timeOfDay() != null) {
                event.timeOfDay = patch.timeOfDay().isEmpty() ? null : patch.timeOfDay();
            }
            if (patch.status() != null) {
                event.status = patch.status();
            }
            if (patch.dateText() != null) {
                event.dateText = patch.dateText().isBlank() ? null : patch.dateText().strip();
            }
            if (patch.summary() != null) {
                if (patch.summary().isBlank()) {
                    throw ApiException.invalidParam("summary", "must not be blank");
                }
                event.summary = patch.summary().strip();
            }
            if (patch.hidden() != null) {
                event.hidden = patch.hidden();
            }
            event.updatedAt = Instant.now();
            // the article's detail embeds its events: its Last-Modified moves with them
            event.article.updatedAt = event.updatedAt;
            em.flush();
            if (patch.regions() != null) {
                Set<String> codes = new LinkedHashSet<>(patch.regions());
                regionLinker.unlinkAll(RegionLinker.Owner.EVENT, event.id);
                regionLinker.link(RegionLinker.Owner.EVENT, event.id, codes, event.startDate);
                regionLinker.addMissing(RegionLinker.Owner.ARTICLE, event.article.id, codes, null);
            }
            if (replacement != null) {
                em.createNativeQuery("DELETE FROM event_project WHERE event_id = :e").setParameter("e", event.id).executeUpdate();
                for (Project p : replacement) {
                    em.createNativeQuery("INSERT INTO event_project (event_id, project_id, start_date) VALUES (:e, :p, :d)")
                            .setParameter("e", event.id).setParameter("p", p.id).setParameter("d", Date.valueOf(event.startDate))
                            .executeUpdate();
                    em.createNativeQuery("INSERT INTO article_project (article_id, project_id) SELECT :a, :p FROM (VALUES (1)) v"
                                    + " WHERE NOT EXISTS (SELECT 1 FROM article_project WHERE article_id = :a AND project_id = :p)")
                            .setParameter("a", event.article.id).setParameter("p", p.id).executeUpdate();
                    affected.put(p.id, p);
                }
            }
            for (Project p : affected.values()) {
                projects.recount(p);
            }
            changes.record(ChangeRecorder.Type.EVENT, event.id, ChangeRecorder.Operation.UPSERT);
            em.flush();
            EventDetail after = reader.details(List.of(event)).get(0);
            audit.record("event.update", "event", event.id, before, after);
            return after;
        });
    }

    private static PartialDate parse(EventPatch patch) {
        try {
            PartialDate date = PartialDate.parseIso(patch.date());
            if (patch.end() != null) {
                PartialDate end = PartialDate.parseIso(patch.end());
                if (end.end().isBefore(date.start())) {
                    throw ApiException.invalidParam("end", "is before date");
                }
                date = new PartialDate(date.start(), end.end(), date.precision());
            }
            return date;
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParam("date", e.getMessage());
        }
    }

    private Set<Project> resolveProjects(List<String> slugs) {
        Set<Project> result = new LinkedHashSet<>();
        for (String slug : slugs) {
            result.add(lookup.find(slug).orElseThrow(() -> ApiException.invalidParam("projects", "unknown project " + slug)));
        }
        return result;
    }

    private List<Project> projectsOf(long eventId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT project_id FROM event_project WHERE event_id = :e").setParameter("e", eventId).getResultList();
        return ids.stream().map(id -> Project.<Project>findById(id.longValue())).toList();
    }
}
