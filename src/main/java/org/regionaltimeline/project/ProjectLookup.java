package org.regionaltimeline.project;

import jakarta.enterprise.context.ApplicationScoped;
import org.regionaltimeline.api.ApiException;

/** Finds a project by slug; unknown slugs are a 404. */
@ApplicationScoped
public class ProjectLookup {

    public Project require(String slug) {
        if (slug == null || slug.length() > 100) {
            throw ApiException.notFound("project", slug);
        }
        return Project.findBySlug(slug).orElseThrow(() -> ApiException.notFound("project", slug));
    }
}
