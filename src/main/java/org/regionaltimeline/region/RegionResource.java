package org.regionaltimeline.region;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.regionaltimeline.api.ListPage;
import org.regionaltimeline.api.Paging;
import org.regionaltimeline.event.TimelineFilters;
import org.regionaltimeline.event.TimelineItem;
import org.regionaltimeline.event.TimelineParams;
import org.regionaltimeline.event.TimelineService;
import org.regionaltimeline.project.ProjectService;
import org.regionaltimeline.project.ProjectSummary;

@Path("/api/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "GB/T 2260 administrative divisions (Xinjiang and the XPCC cities included), their timelines and projects")
public class RegionResource {

    @Inject
    RegionService regions;

    @Inject
    TimelineService timeline;

    @Inject
    TimelineFilters filters;

    @Inject
    ProjectService projects;

    @GET
    @Cache(maxAge = 300)
    @Operation(operationId = "listRegions", summary = "List regions", description = "All province-, prefecture- and county-level divisions in code order, each with its event count (descendants included).")
    public ListPage<RegionSummary> list(
            @Parameter(description = "province, prefecture or county", schema = @Schema(type = SchemaType.STRING, enumeration = {"province", "prefecture", "county"})) @QueryParam("level") String level,
            @Parameter(description = "Only the children of this region", example = "652300") @QueryParam("parent") String parent,
            @Parameter(description = "Text in the name or an alias", example = "昌吉") @QueryParam("q") String q,
            @Parameter(description = "Opaque cursor from a previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit) {
        return regions.list(level, parent, q, cursor, Paging.limit(limit));
    }

    @GET
    @Path("{code}")
    @Cache(maxAge = 300)
    @Operation(operationId = "getRegion", summary = "Get a region", description = "A region with its parent chain, children and event count.")
    public RegionDetail get(@Parameter(description = "GB/T 2260 code", example = "652300") @PathParam("code") String code) {
        return regions.detail(code);
    }

    @GET
    @Path("{code}/timeline")
    @Cache(maxAge = 30)
    @Operation(operationId = "getRegionTimeline", summary = "Timeline of a region", description = "Events placed in the region or any of its descendants; same parameters and paging as /api/timeline.")
    public ListPage<TimelineItem> timeline(@Parameter(description = "GB/T 2260 code", example = "652300") @PathParam("code") String code,
                                           @BeanParam TimelineParams params) {
        return timeline.page(filters.of(params, code, null), params);
    }

    @GET
    @Path("{code}/projects")
    @Cache(maxAge = 60)
    @Operation(operationId = "listRegionProjects", summary = "Projects in a region", description = "Projects with events or articles in the region or its descendants, most recently active first.")
    public ListPage<ProjectSummary> projects(@Parameter(description = "GB/T 2260 code", example = "652300") @PathParam("code") String code,
                                             @Parameter(description = "Opaque cursor from a previous page") @QueryParam("cursor") String cursor,
                                             @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit) {
        return projects.list(code, null, cursor, Paging.limit(limit));
    }
}
