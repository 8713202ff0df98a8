package org.regionaltimeline.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regionaltimeline.account.Roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Bulk import: many structured articles in one request, as NDJSON. */
@Path("/api/articles/import")
@Tag(name = "Articles")
public class ArticleImportResource {

    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ArticleImporter importer;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importArticles", summary = "Import structured articles (NDJSON)",
            description = "One ArticleInput JSON object per line. Each line is validated and stored exactly like POST /api/articles "
                    + "(same content again is recognized as unchanged); valid lines are committed in batches of 500 articles per "
                    + "transaction. Lines are independent: a bad line is rejected with its line number and reason, the others land. "
                    + "An empty body or a JSON array instead of NDJSON is a 400.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ArticleInput.class)))
    @APIResponse(responseCode = "200", description = "Counts of the lines received, created, unchanged and rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleImporter.Report.class)))
    public ArticleImporter.Report importNdjson(InputStream body) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16)) {
            return importer.importNdjson(reader);
        }
    }
}
