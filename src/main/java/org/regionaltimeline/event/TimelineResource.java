package org.regionaltimeline.event;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.regionaltimeline.api.ListPage;
import org.regionaltimeline.api.Paging;

@Path("/api/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "Dated happenings across all newspapers, filtered by date, region, project, status and text")
public class TimelineResource {

    @Inject
    TimelineService timeline;

    @Inject
    TimelineFilters filters;

    @GET
    @Cache(maxAge = 30)
    @Operation(operationId = "getTimeline", summary = "List events, newest first",
            description = "Events of every article, ordered by date then id (newest first; order=asc for oldest first). "
                    + "Paged by opaque keyset cursors (next/prev in the body and the Link header); pages stay exact while "
                    + "events are added. A region filter includes the region's descendants (652300 includes 呼图壁县).")
    public ListPage<TimelineItem> list(@BeanParam TimelineParams params,
                         @Parameter(description = "GB/T 2260 code; includes descendants", example = "652300") @QueryParam("region") String region,
                         @Parameter(description = "Project slug") @QueryParam("project") String project) {
        return timeline.page(filters.of(params, blankToNull(region), blankToNull(project)), params);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
