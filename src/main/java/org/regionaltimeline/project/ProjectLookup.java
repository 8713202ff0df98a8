package org.regionaltimeline.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.regionaltimeline.api.ApiException;

import java.util.List;
import java.util.Optional;

/**
 * Finds a project by slug. The slug of a project merged into another keeps working: it resolves to the project it
 * was merged into, so clients' bookmarks and cached filters stay valid. Unknown slugs are a 404.
 */
@ApplicationScoped
public class ProjectLookup {

    @Inject
    EntityManager em;

    public Project require(String slug) {
        return find(slug).orElseThrow(() -> ApiException.notFound("project", slug));
    }

    public Optional<Project> find(String slug) {
        if (slug == null || slug.isEmpty() || slug.length() > 100) {
            return Optional.empty();
        }
        Optional<Project> project = Project.findBySlug(slug);
        if (project.isPresent()) {
            return project;
        }
        @SuppressWarnings("unchecked")
        List<Number> merged = em.createNativeQuery("SELECT project_id FROM project_redirect WHERE old_slug = :s")
                .setParameter("s", slug).getResultList();
        return merged.isEmpty() ? Optional.empty() : Optional.ofNullable(Project.findById(merged.get(0).longValue()));
    }
}
