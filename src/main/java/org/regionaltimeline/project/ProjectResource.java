package org.regionaltimeline.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.regionaltimeline.account.Roles;
import org.regionaltimeline.api.ListPage;
import org.regionaltimeline.api.Paging;
import org.regionaltimeline.event.TimelineFilters;
import org.regionaltimeline.event.TimelineItem;
import org.regionaltimeline.event.TimelineParams;
import org.regionaltimeline.event.TimelineService;

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Named initiatives (项目, 工程, 产业园, 阻击战 …) merged across articles and pages, with their timelines")
public class ProjectResource {

    @Inject
    ProjectService projects;

    @Inject
    TimelineService timeline;

    @Inject
    TimelineFilters filters;

    @Inject
    ProjectMerge merge;

    @GET
    @Cache(maxAge = 60)
    @Operation(operationId = "listProjects", summary = "List projects", description = "Projects, most recently active first (by the date of their latest event or mention).")
    public ListPage<ProjectSummary> list(
            @Parameter(description = "Only projects with events or articles in this region (descendants included)", example = "652300") @QueryParam("region") String region,
            @Parameter(description = "Text in the name or an alias", example = "产业园") @QueryParam("q") String q,
            @Parameter(description = "Opaque cursor from a previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit) {
        return projects.list(region, q, cursor, Paging.limit(limit));
    }

    @GET
    @Path("{slug}")
    @Cache(maxAge = 60)
    @Operation(operationId = "getProject", summary = "Get a project", description = "Names and aliases, first and last event dates, regions and counts.")
    public ProjectDetail get(@Parameter(description = "Project slug") @PathParam("slug") String slug) {
        return projects.detail(slug);
    }

    @GET
    @Path("{slug}/timeline")
    @Cache(maxAge = 30)
    @Operation(operationId = "getProjectTimeline", summary = "Timeline of a project", description = "The project's events from every article and page; same parameters and paging as /api/timeline.")
    public ListPage<TimelineItem> timeline(@Parameter(description = "Project slug") @PathParam("slug") String slug,
                                           @BeanParam TimelineParams params) {
        return timeline.page(filters.of(params, null, slug), params);
    }

    @POST
    @Path("{slug}/merge")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeProjects", summary = "Merge another project into this one", description = "For two names of one initiative: the other project's "
            + "events, articles and name spellings move here, its slug keeps resolving to this project, and its timeline joins this one. "
            + "Sync clients see it deleted and its events updated. Audited.")
    public ProjectDetail merge(@Parameter(description = "Slug of the project that stays") @PathParam("slug") String slug,
                               @Valid @NotNull MergeRequest request) {
        return merge.merge(slug, request.from());
    }
}
