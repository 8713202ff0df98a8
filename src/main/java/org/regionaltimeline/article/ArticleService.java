package org.regionaltimeline.article;

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
import org.regionaltimeline.api.WriteGate;
import org.regionaltimeline.event.Event;
import org.regionaltimeline.event.EventReader;
import org.regionaltimeline.extract.PartialDate;
import org.regionaltimeline.project.Project;
import org.regionaltimeline.project.ProjectLookup;
import org.regionaltimeline.project.ProjectRef;
import org.regionaltimeline.region.RegionDirectory;
import org.regionaltimeline.region.RegionRef;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Article reads (keyset on published date then id, newest first) and the structured-article write. */
@ApplicationScoped
public class ArticleService {

    private static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    @Inject
    EntityManager em;

    @Inject
    ArticleStore store;

    @Inject
    WriteGate gate;

    @Inject
    RegionDirectory regions;

    @Inject
    ProjectLookup projects;

    @Inject
    EventReader events;

    public ArticleStore.Stored create(ArticleInput input) {
        NewArticle article = toNewArticle(ArticleInputs.clean(input));
        return gate.write(() -> store.store(article));
    }

    /** Validates the client's dates and turns the input into domain terms (400 for an invalid date or range). */
    static NewArticle toNewArticle(ArticleInput in) {
        List<NewArticle.NewEvent> events = new ArrayList<>();
        for (EventInput e : in.events() == null ? List.<EventInput>of() : in.events()) {
            PartialDate date;
            try {
                date = PartialDate.parseIso(e.date());
                if (e.end() != null && !e.end().isBlank()) {
                    PartialDate end = PartialDate.parseIso(e.end());
                    date = new PartialDate(date.start(), end.end(), date.precision());
                }
            } catch (IllegalArgumentException ex) {
                throw ApiException.invalidParam("events.date", ex.getMessage());
            }
            List<NewArticle.NewFigure> figures = e.figures() == null ? List.of()
                    : e.figures().stream().map(f -> new NewArticle.NewFigure(f.text(), f.value(), f.unit())).toList();
            boolean approximate = e.dateText() != null && (e.dateText().contains("近日") || e.dateText().contains("日前"));
            events.add(new NewArticle.NewEvent(date, e.timeOfDay(), e.status() == null ? "happened" : e.status(), e.dateText(),
                    e.summary(), approximate, e.regions(), e.projects(), figures));
        }
        return new NewArticle(in.source(), in.publishedOn(), in.title(), in.subtitle(), in.byline(), in.dateline(),
                in.kind(), in.body(), in.regions(), in.projects(), java.util.Map.of(), events);
    }

    public ListPage<ArticleSummary> list(String source, String publishedOn, String region, String project, String cursor, int limit) {
        PartialDate published = null;
        if (publishedOn != null && !publishedOn.isBlank()) {
            try {
                published = PartialDate.parseIso(publishedOn);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidParam("publishedOn", "not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: " + publishedOn.strip());
            }
        }
        String regionCode = region == null || region.isBlank() ? null : regions.require(region.trim()).code();
        Long projectId = null;
        if (project != null && !project.isBlank()) {
            Project p = projects.require(project.trim());
            projectId = p.id;
        }
        String src = source == null || source.isBlank() ? null : source.strip();
        String scope = String.join("|", "articles", String.valueOf(src), String.valueOf(published == null ? null : published.start()),
                String.valueOf(published == null ? null : published.end()), String.valueOf(regionCode), String.valueOf(projectId));
        Keyset keyset = CursorCodec.decode(scope, cursor);
        KeysetSql.Position position = KeysetSql.Position.of(keyset);
        boolean descending = keyset == null || keyset.forward();
        String date = "COALESCE(a.published_on, DATE '0001-01-01')";
        StringBuilder sql = new StringBuilder("SELECT a.id, a.title, a.kind, s.name, a.published_on FROM article a"
                + " LEFT JOIN source s ON s.id = a.source_id WHERE a.hidden = FALSE");
        Map<String, Object> params = new HashMap<>();
        if (src != null) {
            sql.append(" AND s.name = :source");
            params.put("source", src);
        }
        if (published != null) {
            sql.append(" AND a.published_on BETWEEN :pfrom AND :pto");
            params.put("pfrom", Date.valueOf(published.start()));
            params.put("pto", Date.valueOf(published.end()));
        }
        if (regionCode != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_region ar WHERE ar.article_id = a.id AND ar.region_code = :region)");
            params.put("region", regionCode);
        }
        if (projectId != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_project ap WHERE ap.article_id = a.id AND ap.project_id = :project)");
            params.put("project", projectId);
        }
        KeysetSql.continueAfter(sql, params, date, "a.id", descending, position);
        List<Object[]> rows = KeysetSql.fetch(em, sql, params, date, "a.id", descending, limit);
        List<ArticleSummary> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            items.add(new ArticleSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    SqlValues.toLocalDate(r[4])));
        }
        return Paging.assemble(items, limit, keyset, scope, a -> new Keyset(
                (a.publishedOn() == null ? UNDATED : a.publishedOn()).toString(), String.valueOf(a.id()), true));
    }

    public ArticleDetail detail(long id) {
        Article a = Article.findById(id);
        if (a == null || a.hidden) {
            throw ApiException.notFound("article", id);
        }
        List<Event> list = Event.list("article.id = ?1 and hidden = false order by startDate, id", id);
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT region_code FROM article_region WHERE article_id = :id AND direct = TRUE ORDER BY region_code")
                .setParameter("id", id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> projectRows = em.createNativeQuery("SELECT p.name, p.slug FROM article_project ap JOIN project p ON p.id = ap.project_id"
                + " WHERE ap.article_id = :id ORDER BY p.name").setParameter("id", id).getResultList();
        List<RegionRef> regionRefs = codes.stream().map(c -> regions.find(c).map(RegionDirectory.Node::ref).orElse(new RegionRef(c, c))).toList();
        List<ProjectRef> projectRefs = projectRows.stream().map(r -> new ProjectRef((String) r[0], (String) r[1])).toList();
        java.time.Instant updated = list.stream().map(e -> e.updatedAt).filter(java.util.Objects::nonNull)
                .reduce(a.updatedAt, (x, y) -> y.isAfter(x) ? y : x);
        return new ArticleDetail(a.id, a.title, a.subtitle, a.byline, a.dateline, a.kind, a.source == null ? null : a.source.name,
                a.publishedOn, a.body, regionRefs, projectRefs, events.details(list), updated);
    }
}
