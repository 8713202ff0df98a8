package org.regionaltimeline.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.CursorCodec;
import org.regionaltimeline.api.Keyset;
import org.regionaltimeline.article.Article;
import org.regionaltimeline.article.ArticleSummary;
import org.regionaltimeline.event.Event;
import org.regionaltimeline.event.EventDetail;
import org.regionaltimeline.event.EventReader;
import org.regionaltimeline.project.Project;
import org.regionaltimeline.project.ProjectSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the compacted change log after a token: what changed since a client last synced. */
@ApplicationScoped
public class ChangeFeedService {

    private static final String SCOPE = "changes";

    @Inject
    EntityManager em;

    @Inject
    EventReader events;

    public ChangeFeed since(String token, int limit) {
        long after = 0;
        Keyset keyset = CursorCodec.decode(SCOPE, token);
        if (keyset != null) {
            try {
                after = Long.parseLong(keyset.id());
            } catch (NumberFormatException e) {
                throw ApiException.invalidParam("since", "not a token issued by this API");
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT seq, entity_type, entity_id, operation FROM change_log WHERE seq > :after ORDER BY seq")
                .setParameter("after", after).setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        if (more) {
            rows = rows.subList(0, limit);
        }
        List<Long> eventIds = new ArrayList<>();
        for (Object[] r : rows) {
            if ("event".equals(r[1]) && "upsert".equals(r[3])) {
                eventIds.add(Long.parseLong((String) r[2]));
            }
        }
        Map<Long, EventDetail> eventData = new HashMap<>();
        if (!eventIds.isEmpty()) {
            List<Event> visible = Event.list("id in ?1 and hidden = false and article.hidden = false", eventIds);
            for (EventDetail d : events.details(visible)) {
                eventData.put(d.id(), d);
            }
        }
        List<Change> items = new ArrayList<>(rows.size());
        long last = after;
        for (Object[] r : rows) {
            last = ((Number) r[0]).longValue();
            String type = (String) r[1];
            String id = (String) r[2];
            Object data = "delete".equals(r[3]) ? null : switch (type) {
                case "event" -> eventData.get(Long.parseLong(id));
                case "article" -> article(Long.parseLong(id));
                case "project" -> project(id);
                default -> null;
            };
            items.add(new Change(type, id, data == null ? "delete" : "upsert", data));
        }
        return new ChangeFeed(items, CursorCodec.encode(SCOPE, new Keyset("", String.valueOf(last), true)), more);
    }

    private static ArticleSummary article(long id) {
        Article a = Article.findById(id);
        if (a == null || a.hidden) {
            return null;
        }
        return new ArticleSummary(a.id, a.title, a.kind, a.source == null ? null : a.source.name, a.publishedOn);
    }

    private static ProjectSummary project(String slug) {
        return Project.findBySlug(slug)
                .map(p -> new ProjectSummary(p.name, p.slug, p.firstDate, p.lastDate, p.eventCount))
                .orElse(null);
    }
}
