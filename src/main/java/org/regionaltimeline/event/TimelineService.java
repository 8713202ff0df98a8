package org.regionaltimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.regionaltimeline.api.CursorCodec;
import org.regionaltimeline.api.Keyset;
import org.regionaltimeline.api.KeysetSql;
import org.regionaltimeline.api.ListPage;
import org.regionaltimeline.api.Paging;
import org.regionaltimeline.api.SqlValues;
import org.regionaltimeline.article.ArticleRef;
import org.regionaltimeline.extract.PartialDate;
import org.regionaltimeline.extract.Precision;
import org.regionaltimeline.project.ProjectRef;
import org.regionaltimeline.region.RegionRef;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads timelines by keyset (start date, id), never by offset, so pages stay exact while events are added or removed.
 * One query selects the page's rows as a projection; two more fetch the page's regions and projects (no N+1).
 * With a region or project filter the query is driven by the link table's (code, start_date, event_id) index.
 */
@ApplicationScoped
public class TimelineService {

    @Inject
    EntityManager em;

    /**
     * The page in the form the request asked for: full {@link TimelineItem}s, or compact {@link TimelineRow}s with
     * {@code view=compact}. Both forms page with the same cursors.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ListPage<TimelineItem> page(TimelineFilter filter, TimelineParams params) {
        int limit = Paging.limit(params.limit);
        ListPage<TimelineItem> page = page(filter, params.cursor, limit);
        if (params.view == null || params.view.isBlank() || params.view.equals("full")) {
            return page;
        }
        if (params.view.equals("compact")) {
            // the declared item type documents the default form; JSON serialization uses the rows' real type
            return (ListPage) new ListPage<>(page.items().stream().map(TimelineRow::of).toList(), page.next(), page.prev());
        }
        throw org.regionaltimeline.api.ApiException.invalidParam("view", "must be full or compact");
    }

    public ListPage<TimelineItem> page(TimelineFilter filter, String cursor, int limit) {
        String scope = filter.scope();
        Keyset keyset = CursorCodec.decode(scope, cursor);
        KeysetSql.Position position = KeysetSql.Position.of(keyset);
        // walking backwards (prev cursor) reverses the list order for the query; Paging.assemble restores it
        boolean descending = filter.newestFirst() == (keyset == null || keyset.forward());

        // Two steps, so the page is read by one ordered index range scan at any depth and data size: the inner query
        // walks the driving table's keyset index ((start_date, id) on event, or (code, start_date, event_id) on a link
        // table: the ORDER BY names the equality-bound leading column so H2 sorts by the index instead of sorting
        // every matching row) and stops after limit+1 rows; the outer query joins the article and source of those
        // rows only. A join to article in the inner query let H2 start from an article table scan.
        String sortDate;
        String sortId;
        String sortPrefix;
        StringBuilder inner = new StringBuilder("SELECT ");
        Map<String, Object> params = new HashMap<>();
        if (filter.regionCode() != null) {
            sortDate = "k.start_date";
            sortId = "k.event_id";
            sortPrefix = "k.region_code";
            inner.append(sortId).append(" AS sid, ").append(sortDate).append(" AS sdate FROM event_region k JOIN event e ON e.id = k.event_id");
        } else if (filter.projectId() != null) {
            sortDate = "k.start_date";
            sortId = "k.event_id";
            sortPrefix = "k.project_id";
            inner.append(sortId).append(" AS sid, ").append(sortDate).append(" AS sdate FROM event_project k JOIN event e ON e.id = k.event_id");
        } else {
            sortDate = "e.start_date";
            sortId = "e.id";
            sortPrefix = null;
            inner.append(sortId).append(" AS sid, ").append(sortDate).append(" AS sdate FROM event e");
        }

        inner.append(" WHERE e.hidden = FALSE");
        if (filter.regionCode() != null) {
            inner.append(" AND k.region_code = :region");
            params.put("region", filter.regionCode());
            if (filter.projectId() != null) {
                inner.append(" AND EXISTS (SELECT 1 FROM event_project p WHERE p.event_id = e.id AND p.project_id = :project)");
                params.put("project", filter.projectId());
            }
        } else if (filter.projectId() != null) {
            inner.append(" AND k.project_id = :project");
            params.put("project", filter.projectId());
        }
        if (filter.from() != null) {
            inner.append(" AND ").append(sortDate).append(" >= :from");
            params.put("from", Date.valueOf(filter.from().start()));
        }
        if (filter.to() != null) {
            inner.append(" AND ").append(sortDate).append(" <= :to");
            params.put("to", Date.valueOf(filter.to().end()));
        }
        if (filter.status() != null) {
            inner.append(" AND e.status = :status");
            params.put("status", filter.status());
        }
        if (filter.q() != null) {
            inner.append(" AND (LOWER(e.summary) LIKE :q ESCAPE '\\' OR EXISTS (SELECT 1 FROM article a WHERE a.id = e.article_id"
                    + " AND LOWER(a.title) LIKE :q ESCAPE '\\'))");
            params.put("q", "%" + likeEscape(filter.q().toLowerCase(Locale.ROOT)) + "%");
        }
        inner.append(" AND EXISTS (SELECT 1 FROM article a WHERE ").append("a.id = e.article_id AND a.hidden = FALSE)");
        KeysetSql.continueAfter(inner, params, sortDate, sortId, descending, position);
        String dir = descending ? " DESC" : " ASC";
        inner.append(" ORDER BY ");
        if (sortPrefix != null) {
            inner.append(sortPrefix).append(dir).append(", ");
        }
        inner.append(sortDate).append(dir).append(", ").append(sortId).append(dir)
                .append(" FETCH FIRST ").append(limit + 1).append(" ROWS ONLY");
        StringBuilder sql = new StringBuilder(
                "SELECT e.id, e.start_date, e.end_date, e.precision, e.time_of_day, e.status, e.summary,"
                        + " a.id, a.title, s.name, a.published_on FROM (").append(inner)
                .append(") p JOIN event e ON e.id = p.sid JOIN article a ON a.id = e.article_id LEFT JOIN source s ON s.id = a.source_id")
                .append(" ORDER BY p.sdate").append(dir).append(", p.sid").append(dir);

        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        query.setMaxResults(limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();

        List<Long> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
        }
        Map<Long, List<RegionRef>> regions = regionsOf(ids);
        Map<Long, List<ProjectRef>> projects = projectsOf(ids);
        List<TimelineItem> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            LocalDate start = SqlValues.toLocalDate(row[1]);
            LocalDate end = SqlValues.toLocalDate(row[2]);
            String precision = (String) row[3];
            ArticleRef article = new ArticleRef(((Number) row[7]).longValue(), (String) row[8], (String) row[9], SqlValues.toLocalDate(row[10]));
            items.add(new TimelineItem(id, new PartialDate(start, end, Precision.fromWire(precision)).label(), precision,
                    start, end, (String) row[4], (String) row[5], (String) row[6],
                    regions.getOrDefault(id, List.of()), projects.getOrDefault(id, List.of()), article));
        }
        return Paging.assemble(items, limit, keyset, scope,
                item -> new Keyset(item.start().toString(), String.valueOf(item.id()), true));
    }

    /** Direct regions of each event, in code order. */
    public Map<Long, List<RegionRef>> regionsOf(List<Long> eventIds) {
        Map<Long, List<RegionRef>> result = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT er.event_id, r.code, r.name FROM event_region er"
                        + " JOIN region r ON r.code = er.region_code WHERE er.direct = TRUE AND er.event_id IN (:ids)"
                        + " ORDER BY er.event_id, r.code")
                .setParameter("ids", eventIds).getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new RegionRef((String) row[1], (String) row[2]));
        }
        return result;
    }

    /** Projects of each event, by name. */
    public Map<Long, List<ProjectRef>> projectsOf(List<Long> eventIds) {
        Map<Long, List<ProjectRef>> result = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT ep.event_id, p.name, p.slug FROM event_project ep"
                        + " JOIN project p ON p.id = ep.project_id WHERE ep.event_id IN (:ids) ORDER BY ep.event_id, p.name")
                .setParameter("ids", eventIds).getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new ProjectRef((String) row[1], (String) row[2]));
        }
        return result;
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
