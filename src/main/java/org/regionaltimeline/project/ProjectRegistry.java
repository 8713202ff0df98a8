package org.regionaltimeline.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.regionaltimeline.api.SqlValues;
import org.regionaltimeline.extract.ProjectNames;
import org.regionaltimeline.extract.Slugs;
import org.regionaltimeline.sync.ChangeRecorder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Resolves project names to projects inside a writing transaction: a name whose merge key is known (as the name or
 * an alias) joins that project, so 三北工程 and “三北”工程 from pages a year apart share one timeline; a new name
 * creates a project with a unique pinyin slug.
 */
@ApplicationScoped
public class ProjectRegistry {

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder changes;

    public Project resolve(String name) {
        return resolve(name, List.of());
    }

    /**
     * Resolves a name that its article also writes in other forms: when the name is new but one of the forms is
     * known, the name joins that project (3046公里绿色阻沙防护带 on one page, 塔克拉玛干沙漠绿色阻沙防护带 with its short
     * form 绿色阻沙防护带 on another); a new project also claims the forms no other project owns.
     */
    public Project resolve(String name, List<String> otherForms) {
        String display = name.strip();
        String key = ProjectNames.key(display);
        ProjectAlias alias = ProjectAlias.findById(key);
        if (alias != null) {
            return Project.findById(alias.projectId);
        }
        for (String form : otherForms) {
            ProjectAlias known = ProjectAlias.findById(ProjectNames.key(form));
            if (known != null) {
                addAlias(key, display, known.projectId);
                return Project.findById(known.projectId);
            }
        }
        Project project = new Project();
        project.name = display;
        project.mergeKey = key;
        project.slug = uniqueSlug(Slugs.slug(display));
        project.createdAt = Instant.now();
        project.updatedAt = project.createdAt;
        project.persist();
        addAlias(key, display, project.id);
        for (String form : otherForms) {
            String formKey = ProjectNames.key(form);
            if (formKey.length() >= 3 && ProjectAlias.findById(formKey) == null) {
                addAlias(formKey, form.strip(), project.id);
            }
        }
        changes.record(ChangeRecorder.Type.PROJECT, project.slug, ChangeRecorder.Operation.UPSERT);
        return project;
    }

    private static void addAlias(String key, String spelling, long projectId) {
        ProjectAlias alias = new ProjectAlias();
        alias.aliasKey = key;
        alias.alias = spelling;
        alias.projectId = projectId;
        alias.persist();
    }

    /**
     * Widens the project's activity span with an event's or a mention's date. The caller records the project in
     * the change log once per write, however many events touched it.
     */
    public void widen(Project project, LocalDate date, boolean event) {
        if (date != null) {
            if (event && (project.firstDate == null || date.isBefore(project.firstDate))) {
                project.firstDate = date;
            }
            if (project.lastDate == null || date.isAfter(project.lastDate)) {
                project.lastDate = date;
            }
        }
        if (event) {
            project.eventCount++;
        }
        project.updatedAt = Instant.now();
    }

    /**
     * Recomputes a project's activity span and event count from its visible events and articles, after events were
     * corrected, hidden, deleted or moved to another project.
     */
    public void recount(Project project) {
        em.flush();
        Object[] events = (Object[]) em.createNativeQuery("SELECT MIN(e.start_date), MAX(e.start_date), COUNT(*) FROM event_project ep"
                        + " JOIN event e ON e.id = ep.event_id JOIN article a ON a.id = e.article_id"
                        + " WHERE ep.project_id = :p AND e.hidden = FALSE AND a.hidden = FALSE")
                .setParameter("p", project.id).getSingleResult();
        Object lastMention = em.createNativeQuery("SELECT MAX(a.published_on) FROM article_project ap JOIN article a ON a.id = ap.article_id"
                        + " WHERE ap.project_id = :p AND a.hidden = FALSE")
                .setParameter("p", project.id).getSingleResult();
        LocalDate first = SqlValues.toLocalDate(events[0]);
        LocalDate last = SqlValues.toLocalDate(events[1]);
        LocalDate mentioned = SqlValues.toLocalDate(lastMention);
        project.firstDate = first;
        project.lastDate = last == null || (mentioned != null && mentioned.isAfter(last)) ? mentioned : last;
        project.eventCount = ((Number) events[2]).intValue();
        project.updatedAt = Instant.now();
        changes.record(ChangeRecorder.Type.PROJECT, project.slug, ChangeRecorder.Operation.UPSERT);
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; Project.count("slug", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
