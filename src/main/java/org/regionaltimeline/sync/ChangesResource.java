package org.regionaltimeline.sync;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import org.regionaltimeline.api.Paging;

@Path("/api/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "Offline sync: what was created, updated or deleted since a token")
public class ChangesResource {

    @Inject
    ChangeFeedService feed;

    @GET
    @NoCache
    @Operation(operationId = "getChanges", summary = "Changes since a token",
            description = "Events, articles and projects created, updated or deleted after the token, oldest change first, "
                    + "each entity at most once with its current state (deletions and hidden items as tombstones without data). "
                    + "Without since, the feed starts from the beginning (a full copy). Store the returned since and call again; "
                    + "while more is true, another page is waiting.")
    public ChangeFeed changes(@Parameter(description = "Token from the previous call's since; absent for a full copy") @QueryParam("since") String since,
                              @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit) {
        return feed.since(since, Paging.limit(limit));
    }
}
