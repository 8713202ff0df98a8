package org.regionaltimeline.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Documents what every operation shares, so no resource has to repeat it: problem+json error responses, and for
 * GETs the caching headers (ETag, Cache-Control), 304 Not Modified and, for lists, the Link header; for secured
 * operations the two ways to authenticate and the 401/403 problems.
 */
public class OpenApiDocs implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
        // HTTP Basic is declared from configuration (quarkus.smallrye-openapi.security-scheme); API tokens are the second way
        openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API token from POST /api/tokens, sent as 'Authorization: Bearer rt_...'"));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue());
            }
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        problem(responses, "400", "Invalid parameter or body (names in invalidParams)");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            // either scheme will do: Basic with a user's password, or Bearer with one of the user's tokens
            operation.setSecurity(new java.util.ArrayList<>(java.util.List.of(
                    OASFactory.createSecurityRequirement().addScheme(BASIC),
                    OASFactory.createSecurityRequirement().addScheme(BEARER))));
            responses.removeAPIResponse("401");
            responses.removeAPIResponse("403");
            problem(responses, "401", "No credentials, or credentials not accepted");
            problem(responses, "403", "The user's role does not allow this operation");
        }
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getIn() != null && p.getIn().name().equals("PATH"))) {
            problem(responses, "404", "Unknown id, code or slug");
        }
        problem(responses, "500", "Unexpected failure");
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            problem(responses, "413", "Request body too large");
            problem(responses, "415", "Unsupported media type");
        }
        if (method == PathItem.HttpMethod.GET) {
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null) {
                ok.addHeader("ETag", header("Strong validator of this exact body; send it back in If-None-Match"));
                if (ok.getContent() != null && ok.getContent().getMediaTypes().values().stream().anyMatch(m -> m.getSchema() != null
                        && m.getSchema().getRef() != null && (m.getSchema().getRef().endsWith("/ArticleDetail") || m.getSchema().getRef().endsWith("/EventDetail")))) {
                    ok.addHeader("Last-Modified", header("When the content last changed; send it back in If-Modified-Since"));
                }
                ok.addHeader("Cache-Control", header("How long the response may be reused (timelines 30 s, regions 5 min, articles 1 h)"));
                boolean isList = ok.getContent() != null && ok.getContent().getMediaTypes().values().stream()
                        .anyMatch(m -> m.getSchema() != null && m.getSchema().getRef() != null && m.getSchema().getRef().contains("ListPage"));
                if (isList) {
                    ok.addHeader("Link", header("RFC 8288 links to the next and prev pages (rel=\"next\", rel=\"prev\")"));
                }
            }
            if (responses.getAPIResponse("304") == null) {
                responses.addAPIResponse("304", OASFactory.createAPIResponse()
                        .description("Not modified: the If-None-Match ETag still matches (or nothing changed since If-Modified-Since); no body"));
            }
        }
    }

    private static void problem(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) != null) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema invalidParam = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("name", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("reason", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem detail, sent with every error as application/problem+json")
                .addProperty("type", string).addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string).addProperty("instance", string)
                .addProperty("invalidParams", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(invalidParam));
    }
}
