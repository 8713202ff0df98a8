package org.regionaltimeline.account;

import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import org.regionaltimeline.api.PathIds;

import java.util.List;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@Tag(name = "Tokens", description = "Who is calling, and API tokens for scripts and apps")
public class TokenResource {

    @Inject
    AccountService accounts;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("me")
    @NoCache
    @Operation(operationId = "getCaller", summary = "Who am I", description = "The authenticated user and their roles; a quick check of credentials.")
    public Caller me() {
        return new Caller(identity.getPrincipal().getName(), identity.getRoles());
    }

    @GET
    @Path("tokens")
    @NoCache
    @Operation(operationId = "listTokens", summary = "List my tokens", description = "The caller's API tokens (without their secrets).")
    public List<TokenView> list() {
        return accounts.tokens(identity.getPrincipal().getName());
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Create a token", description = "A bearer token acting as the caller, for scripts and apps: send "
            + "'Authorization: Bearer <token>'. The secret is in this response only; the server keeps its SHA-256.")
    @APIResponse(responseCode = "201", description = "Created; the only response that shows the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView.class)))
    public Response create(@Valid @NotNull TokenInput input) {
        return Response.status(201).entity(accounts.createToken(identity.getPrincipal().getName(), input)).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke a token", description = "Revokes one of the caller's tokens at once.")
    public TokenView revoke(@Parameter(description = "Token id, from GET /api/tokens", example = "51") @PathParam("id") String id) {
        return accounts.revokeToken(identity.getPrincipal().getName(), PathIds.parse("token", id));
    }
}
