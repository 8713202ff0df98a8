package org.regionaltimeline.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regionaltimeline.account.Roles;

@Path("/api/ingest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ingestion", description = "Raw newspaper pages in: extracted and stored in one transaction")
public class IngestResource {

    @Inject
    IngestService ingest;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ingestPage", summary = "Ingest a page (JSON)", description = "Extracts the page and stores its articles, events, new projects and links "
            + "in one transaction. Idempotent: articles stored before are recognized; a page that adds nothing answers 200 with unchanged=true.")
    @APIResponse(responseCode = "201", description = "Something new was stored", content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "200", description = "Nothing new: every article was stored before", content = @Content(schema = @Schema(implementation = IngestResult.class)))
    public Response ingest(@Valid @NotNull ExtractRequest request) {
        return respond(ingest.ingest(PageInput.text(request.text()), PageInput.date("publishedOn", request.publishedOn()),
                PageInput.source(request.source())));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Ingest a page (plain text)", description = "The same as the JSON form, with the page as the body and the options as query parameters.")
    public Response ingestText(String text,
                               @Parameter(description = "Issue date (YYYY-MM-DD)", example = "2024-11-29") @QueryParam("publishedOn") String publishedOn,
                               @Parameter(description = "Newspaper", example = "昌吉日报") @QueryParam("source") String source) {
        return respond(ingest.ingest(PageInput.text(text), PageInput.date("publishedOn", publishedOn), PageInput.source(source)));
    }

    private static Response respond(IngestResult result) {
        return Response.status(result.unchanged() ? 200 : 201).entity(result).build();
    }
}
