package org.regionaltimeline.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;

import java.util.List;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Users", description = "Editors and admins (admins only)")
public class UserResource {

    @Inject
    AccountService accounts;

    @GET
    @NoCache
    @Operation(operationId = "listUsers", summary = "List users", description = "Every user with role and state; password hashes are never shown.")
    public List<UserView> list() {
        return accounts.users();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user", description = "Creates an editor or an admin. Passwords need at least 12 characters and are stored as bcrypt hashes.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "A user of that name exists")
    public Response create(@Valid @NotNull UserInput input, @Context UriInfo uri) {
        UserView user = accounts.createUser(input);
        return Response.created(uri.getAbsolutePathBuilder().path(user.username()).build()).entity(user).build();
    }

    @DELETE
    @Path("{username}")
    @Operation(operationId = "disableUser", summary = "Disable a user", description = "Disables the user and revokes their tokens; the audit trail keeps their name. "
            + "The last enabled admin cannot be disabled (409).")
    public UserView disable(@Parameter(description = "User name", example = "editor1") @PathParam("username") String username) {
        return accounts.disableUser(username);
    }
}
