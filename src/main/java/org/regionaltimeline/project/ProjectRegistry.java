package org.regionaltimeline.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.regionaltimeline.extract.ProjectNames;
import org.regionaltimeline.extract.Slugs;
import org.regionaltimeline.sync.ChangeRecorder;

import java.time.Instant;
import java.time.LocalDate;

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
        String display = name.strip();
        String key = ProjectNames.key(display);
        ProjectAlias alias = ProjectAlias.findById(key);
        if (alias != null) {
            return Project.findById(alias.projectId);
        }
        Project project = new Project();
        project.name = display;
        project.mergeKey = key;
        project.slug = uniqueSlug(Slugs.slug(display));
        project.createdAt = Instant.now();
        project.updatedAt = project.createdAt;
        project.persist();
        ProjectAlias own = new ProjectAlias();
        own.aliasKey = key;
        own.alias = display;
        own.projectId = project.id;
        own.persist();
        changes.record(ChangeRecorder.Type.PROJECT, project.slug, ChangeRecorder.Operation.UPSERT);
        return project;
    }

    /** Widens the project's activity span with an event's or a mention's date. */
    public void touch(Project project, LocalDate date, boolean event) {
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
