package org.regionaltimeline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.event.Event;
import org.regionaltimeline.event.EventFigure;
import org.regionaltimeline.extract.PartialDate;
import org.regionaltimeline.project.Project;
import org.regionaltimeline.project.ProjectRegistry;
import org.regionaltimeline.region.RegionDirectory;
import org.regionaltimeline.region.RegionLinker;
import org.regionaltimeline.sync.ChangeRecorder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an article with its events, figures and links. Must run inside a transaction (see WriteGate); the same
 * content (title and body, whitespace ignored) is recognized by its hash and not stored twice.
 */
@ApplicationScoped
public class ArticleStore {

    /** What storing one article did. */
    public record Stored(long id, boolean created, int events) {
    }

    @Inject
    EntityManager em;

    @Inject
    RegionDirectory regions;

    @Inject
    ProjectRegistry projects;

    @Inject
    ChangeRecorder changes;

    @Inject
    RegionLinker regionLinker;

    public Stored store(NewArticle in) {
        validateRegions(in);
        String hash = contentHash(in.title(), in.body());
        var existing = Article.findByContentHash(hash);
        if (existing.isPresent()) {
            return new Stored(existing.get().id, false, (int) Event.count("article.id", existing.get().id));
        }
        Instant now = Instant.now();
        Article article = new Article();
        article.source = in.source() == null || in.source().isBlank() ? null : source(in.source().strip());
        article.publishedOn = in.publishedOn();
        article.title = blankToNull(in.title());
        article.subtitle = blankToNull(in.subtitle());
        article.byline = blankToNull(in.byline());
        article.dateline = blankToNull(in.dateline());
        article.kind = in.kind() == null ? "news" : in.kind();
        article.body = in.body();
        article.contentHash = hash;
        article.createdAt = now;
        article.updatedAt = now;
        article.persist();

        Map<String, Project> articleProjects = new LinkedHashMap<>();
        for (String name : nullToEmpty(in.projects())) {
            Project p = projects.resolve(name, aliasesOf(in, name));
            articleProjects.putIfAbsent(p.mergeKey, p);
        }
        // events and figures first, inserted together at one flush (JDBC batches); then their links
        List<NewArticle.NewEvent> inputs = nullToEmpty(in.events());
        List<Event> events = new java.util.ArrayList<>(inputs.size());
        for (NewArticle.NewEvent e : inputs) {
            events.add(persistEvent(article, e, now));
        }
        em.flush();
        Set<String> articleRegions = new LinkedHashSet<>(nullToEmpty(in.regions()));
        Map<Long, Project> touched = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            NewArticle.NewEvent e = inputs.get(i);
            Event event = events.get(i);
            regionLinker.link(RegionLinker.Owner.EVENT, event.id, new LinkedHashSet<>(nullToEmpty(e.regions())), event.startDate);
            Set<Long> seen = new LinkedHashSet<>();
            for (String name : nullToEmpty(e.projects())) {
                Project p = projects.resolve(name, aliasesOf(in, name));
                articleProjects.putIfAbsent(p.mergeKey, p);
                if (seen.add(p.id)) {
                    em.createNativeQuery("INSERT INTO event_project (event_id, project_id, start_date) VALUES (:e, :p, :d)")
                            .setParameter("e", event.id).setParameter("p", p.id).setParameter("d", Date.valueOf(event.startDate))
                            .executeUpdate();
                    projects.widen(p, event.startDate, true);
                    touched.put(p.id, p);
                }
            }
            articleRegions.addAll(nullToEmpty(e.regions()));
        }
        int count = events.size();
        changes.recordNew(ChangeRecorder.Type.EVENT, events.stream().map(e -> (Object) e.id).toList());
        regionLinker.link(RegionLinker.Owner.ARTICLE, article.id, articleRegions, null);
        for (Project p : articleProjects.values()) {
            em.createNativeQuery("INSERT INTO article_project (article_id, project_id) VALUES (:a, :p)")
                    .setParameter("a", article.id).setParameter("p", p.id).executeUpdate();
            projects.widen(p, article.publishedOn, false);
            touched.put(p.id, p);
        }
        for (Project p : touched.values()) {
            changes.record(ChangeRecorder.Type.PROJECT, p.slug, ChangeRecorder.Operation.UPSERT);
        }
        changes.recordNew(ChangeRecorder.Type.ARTICLE, List.of(article.id));
        return new Stored(article.id, true, count);
    }

    private static List<String> aliasesOf(NewArticle article, String name) {
        return article.projectAliases() == null ? List.of() : article.projectAliases().getOrDefault(name, List.of());
    }

    private static Event persistEvent(Article article, NewArticle.NewEvent in, Instant now) {
        PartialDate date = in.date();
        Event event = new Event();
        event.article = article;
        event.startDate = date.start();
        event.endDate = date.end();
        event.precision = date.precision().wireName();
        event.timeOfDay = in.timeOfDay();
        event.status = in.status() == null ? "happened" : in.status();
        event.dateText = blankToNull(in.dateText());
        event.summary = in.summary().strip();
        event.approximate = in.approximate();
        event.createdAt = now;
        event.updatedAt = now;
        event.persist();
        int position = 0;
        for (NewArticle.NewFigure f : nullToEmpty(in.figures())) {
            EventFigure figure = new EventFigure();
            figure.eventId = event.id;
            figure.position = position++;
            figure.text = f.text();
            figure.amount = f.value();
            figure.unit = f.unit();
            figure.persist();
        }
        return event;
    }

    private void validateRegions(NewArticle in) {
        for (String code : nullToEmpty(in.regions())) {
            if (regions.find(code).isEmpty()) {
                throw ApiException.invalidParam("regions", "unknown region code " + code);
            }
        }
        for (NewArticle.NewEvent e : nullToEmpty(in.events())) {
            for (String code : nullToEmpty(e.regions())) {
                if (regions.find(code).isEmpty()) {
                    throw ApiException.invalidParam("events.regions", "unknown region code " + code);
                }
            }
        }
    }

    private Source source(String name) {
        return Source.findByName(name).orElseGet(() -> {
            Source s = new Source();
            s.name = name;
            s.persist();
            return s;
        });
    }

    public static String contentHash(String title, String body) {
        String normalized = (title == null ? "" : title).replaceAll("\\s+", "") + "\n" + body.replaceAll("\\s+", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

}
