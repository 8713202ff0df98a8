package org.regionaltimeline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** The one error mapper: every failure leaves the service as an RFC 9457 problem+json response. */
public class ProblemMapper {

    static final String TYPE_BASE = "https://regionaltimeline.org/problems/";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(new Problem(TYPE_BASE + e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.invalidParams()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(leaf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        String detail = params.stream().map(p -> p.name() + ": " + p.reason()).reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return respond(new Problem(TYPE_BASE + "invalid-parameter", "Invalid parameter", 400, detail, path(uri), params));
    }

    // listed explicitly: Quarkus' own mapper for MismatchedInputException (a bare 400) would otherwise win as the closer match
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            com.fasterxml.jackson.core.JsonParseException.class, com.fasterxml.jackson.databind.exc.InvalidFormatException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        String detail = e instanceof MismatchedInputException m && !m.getPath().isEmpty()
                ? "field '" + m.getPathReference().replaceAll("^.*\\[\"?|\"?\\]$", "") + "' has the wrong type or form"
                : "the body is not valid JSON: " + e.getOriginalMessage();
        return respond(new Problem(TYPE_BASE + "malformed-body", "Malformed request body", 400, detail, path(uri), null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "no resource at this path";
            case 405 -> "this method is not allowed here";
            case 406 -> "no acceptable representation; this API serves application/json";
            case 415 -> "unsupported media type; send application/json (or text/plain where documented)";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + slug(title), title, status, detail, path(uri), null));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    /** No or wrong credentials on an operation that needs a user: 401 with the two accepted schemes. */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class, io.quarkus.security.AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        String detail = e instanceof io.quarkus.security.AuthenticationFailedException
                ? "the credentials were not accepted (wrong user name or password, or an unknown, expired or revoked token)"
                : "this operation needs an authenticated user: HTTP Basic or 'Authorization: Bearer <token>'";
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Basic realm=\"regional-timeline\"")
                .header("WWW-Authenticate", "Bearer realm=\"regional-timeline\"")
                .entity(new Problem(TYPE_BASE + "unauthorized", "Unauthorized", 401, detail, path(uri), null)).build();
    }

    /** Authenticated, but the user's role does not allow this operation. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(new Problem(TYPE_BASE + "forbidden", "Forbidden", 403,
                "your role does not allow this operation (deletes and user management need admin)", path(uri), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return respond(new Problem(TYPE_BASE + "internal-error", "Internal error", 500,
                "the server failed to answer this request; it has been logged", path(uri), null));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String leaf(ConstraintViolation<?> v) {
        String p = v.getPropertyPath().toString();
        int dot = p.lastIndexOf('.');
        return dot >= 0 ? p.substring(dot + 1) : p;
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
