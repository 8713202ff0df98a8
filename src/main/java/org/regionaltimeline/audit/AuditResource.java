package org.regionaltimeline.audit;

import jakarta.annotation.security.RolesAllowed;
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
import org.regionaltimeline.account.Roles;
import org.regionaltimeline.api.ListPage;
import org.regionaltimeline.api.Paging;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The audit trail of every change (admins only)")
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @NoCache
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAudit", summary = "Read the audit trail", description = "Every change made through the API, newest first: who, when, "
            + "what, and the entity's state before and after. Filter by entity or actor.")
    public ListPage<AuditRecord> list(
            @Parameter(description = "Entity type: article, event, project, user, token", example = "event") @QueryParam("entityType") String entityType,
            @Parameter(description = "Entity id (slug for projects, username for users)", example = "351") @QueryParam("entityId") String entityId,
            @Parameter(description = "Username of the actor", example = "editor1") @QueryParam("actor") String actor,
            @Parameter(description = "Opaque cursor from a previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit) {
        return audit.list(entityType, entityId, actor, cursor, Paging.limit(limit));
    }
}
