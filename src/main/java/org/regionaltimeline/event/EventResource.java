package org.regionaltimeline.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.regionaltimeline.account.Roles;
import org.regionaltimeline.api.PathIds;

@Path("/api/events/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "Dated events, newest first, filtered by time, place, project, text and status")
public class EventResource {

    @Inject
    EventCuration events;

    @GET
    @Cache(maxAge = 60)
    @Operation(operationId = "getEvent", summary = "Get an event", description = "One event with its printed date, regions, projects and figures.")
    public EventDetail get(@Parameter(description = "Event id", example = "2051") @PathParam("id") String id) {
        return events.read(PathIds.parse("event", id));
    }

    @PATCH
    @RolesAllowed(Roles.EDITOR)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "correctEvent", summary = "Correct an event", description = "Changes only the fields sent: date (its form sets the precision), end, "
            + "time of day, status, printed date, summary, regions, projects (slugs), hidden. Timelines, project spans and the "
            + "change feed follow at once; the audit trail keeps the state before and after.")
    public EventDetail patch(@Parameter(description = "Event id", example = "2051") @PathParam("id") String id,
                             @Valid @NotNull EventPatch patch) {
        return events.patch(PathIds.parse("event", id), patch);
    }

}
