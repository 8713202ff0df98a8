package org.regionaltimeline.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import org.regionaltimeline.account.Roles;

import java.util.List;

@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration", description = "Backups of the database (admins only)")
public class AdminResource {

    @Inject
    BackupService backups;

    @POST
    @Path("backup")
    @Operation(operationId = "createBackup", summary = "Back up the database", description = "Writes a consistent online backup of the H2 database (BACKUP TO) as a zip "
            + "under <data-dir>/backups and records it in the audit trail. Restore it offline with org.h2.tools.Restore (see README).")
    @APIResponse(responseCode = "201", description = "The backup was written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BackupView.class)))
    public Response backup(@Context UriInfo uri) {
        BackupView backup = backups.create();
        return Response.created(uri.getBaseUriBuilder().path("api/admin/backups").build()).entity(backup).build();
    }

    @GET
    @Path("backups")
    @NoCache
    @Operation(operationId = "listBackups", summary = "List backups", description = "The backup files under <data-dir>/backups, newest first.")
    public List<BackupView> list() {
        return backups.list();
    }
}
