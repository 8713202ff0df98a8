package org.regionaltimeline.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.CursorCodec;
import org.regionaltimeline.api.Keyset;
import org.regionaltimeline.api.KeysetSql;
import org.regionaltimeline.api.ListPage;
import org.regionaltimeline.api.Paging;
import org.regionaltimeline.api.SqlValues;
import org.regionaltimeline.region.RegionDirectory;
import org.regionaltimeline.region.RegionRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Project lists (most recently active first, keyset on last_date then id) and details. */
@ApplicationScoped
public class ProjectService {

    /** Projects never active sort after every real date. */
    private static final LocalDate NEVER = LocalDate.of(1, 1, 1);

    @Inject
    EntityManager em;

    @Inject
    RegionDirectory regions;

    @Inject
    ProjectLookup lookup;

    public ListPage<ProjectSummary> list(String regionCode, String q, String cursor, int limit) {
        String region = regionCode == null || regionCode.isBlank() ? null : regions.require(regionCode.trim()).code();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 100) {
            throw ApiException.invalidParam("q", "at most 100 characters");
        }
        String scope = String.join("|", "projects", String.valueOf(region), String.valueOf(text));
        Keyset keyset = CursorCodec.decode(scope, cursor);
        KeysetSql.Position position = KeysetSql.Position.of(keyset);
        boolean descending = keyset == null || keyset.forward();
        String lastDate = "COALESCE(p.last_date, DATE '0001-01-01')";
        StringBuilder sql = new StringBuilder("SELECT p.id, p.name, p.slug, p.first_date, p.last_date, p.event_count FROM project p WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (region != null) {
            sql.append(" AND p.id IN (SELECT ep.project_id FROM event_project ep JOIN event_region er ON er.event_id = ep.event_id"
                    + " WHERE er.region_code = :region UNION SELECT ap.project_id FROM article_project ap"
                    + " JOIN article_region ar ON ar.article_id = ap.article_id WHERE ar.region_code = :region)");
            params.put("region", region);
        }
        if (text != null) {
            sql.append(" AND (p.name LIKE :q OR p.id IN (SELECT a.project_id FROM project_alias a WHERE a.alias LIKE :q))");
            params.put("q", "%" + text.replace("%", "").replace("_", "") + "%");
        }
        KeysetSql.continueAfter(sql, params, lastDate, "p.id", descending, position);
        List<Object[]> rows = KeysetSql.fetch(em, sql, params, lastDate, "p.id", descending, limit);
        List<Row> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            items.add(new Row(((Number) r[0]).longValue(), new ProjectSummary((String) r[1], (String) r[2],
                    SqlValues.toLocalDate(r[3]), SqlValues.toLocalDate(r[4]), ((Number) r[5]).intValue())));
        }
        ListPage<Row> page = Paging.assemble(items, limit, keyset, scope, row -> new Keyset(
                (row.summary.lastDate() == null ? NEVER : row.summary.lastDate()).toString(), String.valueOf(row.id), true));
        return new ListPage<>(page.items().stream().map(Row::summary).toList(), page.next(), page.prev());
    }

    private record Row(long id, ProjectSummary summary) {
    }

    public ProjectDetail detail(String slug) {
        Project project = lookup.require(slug);
        @SuppressWarnings("unchecked")
        List<String> aliases = em.createNativeQuery("SELECT alias FROM project_alias WHERE project_id = :id AND alias <> :name ORDER BY alias")
                .setParameter("id", project.id).setParameter("name", project.name).getResultList();
        long articles = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM article_project ap JOIN article a ON a.id = ap.article_id"
                + " WHERE ap.project_id = :id AND a.hidden = FALSE").setParameter("id", project.id).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT er.region_code FROM event_project ep JOIN event_region er ON er.event_id = ep.event_id"
                        + " WHERE ep.project_id = :id AND er.direct = TRUE UNION SELECT ar.region_code FROM article_project ap"
                        + " JOIN article_region ar ON ar.article_id = ap.article_id WHERE ap.project_id = :id AND ar.direct = TRUE")
                .setParameter("id", project.id).getResultList();
        List<RegionRef> refs = codes.stream().sorted().distinct()
                .map(c -> regions.find(c).map(RegionDirectory.Node::ref).orElse(new RegionRef(c, c))).toList();
        return new ProjectDetail(project.name, project.slug, aliases, project.firstDate, project.lastDate, project.eventCount, articles, refs);
    }
}
