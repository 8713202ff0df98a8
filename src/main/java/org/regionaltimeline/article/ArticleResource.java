package org.regionaltimeline.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.jboss.resteasy.reactive.Cache;
import org.regionaltimeline.account.Roles;
import org.regionaltimeline.api.PathIds;
import org.regionaltimeline.api.ListPage;
import org.regionaltimeline.api.Paging;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Newspaper articles with their events; structured articles can be posted directly")
public class ArticleResource {

    @Inject
    ArticleService articles;

    @Inject
    ArticleCuration curation;

    @GET
    @Cache(maxAge = 60)
    @Operation(operationId = "listArticles", summary = "List articles", description = "Articles, newest issue first.")
    public ListPage<ArticleSummary> list(
            @Parameter(description = "Newspaper name", example = "昌吉日报") @QueryParam("source") String source,
            @Parameter(description = "Issue date; partial ISO dates allowed", example = "2024-11") @QueryParam("publishedOn") String publishedOn,
            @Parameter(description = "GB/T 2260 code; includes descendants", example = "652300") @QueryParam("region") String region,
            @Parameter(description = "Project slug") @QueryParam("project") String project,
            @Parameter(description = "Opaque cursor from a previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") Integer limit) {
        return articles.list(source, publishedOn, region, project, cursor, Paging.limit(limit));
    }

    @GET
    @Path("{id}")
    @Cache(maxAge = 3600)
    @Operation(operationId = "getArticle", summary = "Get an article", description = "An article with its text, regions, projects and events (with figures).")
    public ArticleDetail get(@Parameter(description = "Article id", example = "101") @PathParam("id") String id) {
        return articles.detail(PathIds.parse("article", id));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Store a structured article", description = "Stores an article with its events, regions, projects and figures in one transaction. "
            + "The same title and body again (whitespace ignored) is recognized: 200 with the existing article instead of 201.")
    @APIResponse(responseCode = "201", description = "Stored; Location points to the new article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "200", description = "Already stored; the existing article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response create(@Valid @NotNull ArticleInput input, @Context UriInfo uri) {
        ArticleStore.Stored stored = articles.create(input);
        ArticleDetail detail = articles.detail(stored.id());
        if (!stored.created()) {
            return Response.ok(detail).location(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build()).entity(detail).build();
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "setArticleHidden", summary = "Hide or show an article", description = "Hidden articles and their events leave every timeline, list and "
            + "count, and sync clients receive them as deletions; showing the article again restores them. Audited.")
    public ArticleState patch(@Parameter(description = "Article id", example = "101") @PathParam("id") String id,
                              @Valid @NotNull ArticlePatch patch) {
        return curation.setHidden(PathIds.parse("article", id), patch.hidden());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteArticle", summary = "Delete an article", description = "Deletes the article with its events, figures and links (admins only). "
            + "Sync clients receive tombstones; the audit trail keeps the deleted text.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@Parameter(description = "Article id", example = "101") @PathParam("id") String id) {
        curation.delete(PathIds.parse("article", id));
    }
}
