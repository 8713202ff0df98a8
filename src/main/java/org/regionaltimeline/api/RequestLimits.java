package org.regionaltimeline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Limits enforced on every /api request before it reaches JAX-RS, answered as problem+json like every other error:
 * <ul>
 *   <li>a body declared larger than {@code quarkus.http.limits.max-body-size} → 413 (Quarkus' own check, which runs
 *       right after this one, would answer with an empty body); a malformed Content-Length → 400;</li>
 *   <li>a query string that is not valid percent-encoded UTF-8, a query parameter value longer than
 *       {@value #MAX_PARAM_CHARS} characters, more than {@value #MAX_PARAMS} parameters, or control characters in a
 *       parameter → 400. Endpoints apply tighter limits of their own (q: 50–100 characters, limit: 1–100).</li>
 * </ul>
 * Chunked request bodies (no Content-Length) → 411: their size is known only after reading them, and Quarkus' own 413
 * for them has an empty body. Request lines Vert.x cannot parse at all (a malformed escape like %ZZ, a line over
 * {@code quarkus.http.limits.max-initial-line-length}) are refused by Vert.x with a bare 400/414 before any handler runs.
 */
@ApplicationScoped
public class RequestLimits {

    public static final int MAX_PARAM_CHARS = 512;
    public static final int MAX_PARAMS = 30;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        // Quarkus registers its body size check at order -2: run first so the 413 is a problem
        router.route("/api/*").order(-3).handler(this::check);
    }

    void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null && rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            // a chunked body's size is known only once it has been read, and Quarkus' 413 for it has no body: ask for the length
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            reject(rc, 411, "length-required", "Length Required",
                    "send the body with a Content-Length header (chunked request bodies are not accepted)", null);
            return;
        }
        if (length != null && maxBodySize.isPresent()) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                reject(rc, 400, "bad-request", "Bad request", "Content-Length is not a number", null);
                return;
            }
            long max = maxBodySize.get().asLongValue();
            if (declared > max) {
                rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                reject(rc, 413, "payload-too-large", "Payload Too Large",
                        "the body is " + declared + " bytes; at most " + max + " bytes are accepted (a newspaper page is tens of KB)", null);
                return;
            }
        }
        String query = rc.request().query();
        if (query != null && !query.isEmpty()) {
            String problem = queryProblem(query);
            if (problem != null) {
                int colon = problem.indexOf(':');
                String name = colon > 0 ? problem.substring(0, colon) : "query";
                String reason = colon > 0 ? problem.substring(colon + 2) : problem;
                reject(rc, 400, "invalid-parameter", "Invalid parameter", name + ": " + reason,
                        List.of(new Problem.InvalidParam(name, reason)));
                return;
            }
        }
        rc.next();
    }

    /** @return "name: reason" for the first bad parameter, or null when the query string is acceptable */
    static String queryProblem(String query) {
        Map<String, List<String>> params;
        try {
            params = new QueryStringDecoder(query, StandardCharsets.UTF_8, false, MAX_PARAMS + 1).parameters();
        } catch (IllegalArgumentException e) {
            return "query: not a valid percent-encoded query string";
        }
        if (params.size() > MAX_PARAMS) {
            return "query: at most " + MAX_PARAMS + " parameters";
        }
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String name = p.getKey().length() > 64 ? p.getKey().substring(0, 64) + "…" : p.getKey();
            if (!clean(p.getKey())) {
                return "query: a parameter name contains control characters or invalid UTF-8";
            }
            for (String value : p.getValue()) {
                if (value.length() > MAX_PARAM_CHARS) {
                    return name + ": at most " + MAX_PARAM_CHARS + " characters";
                }
                if (!clean(value)) {
                    return name + ": control characters and invalid UTF-8 are not allowed";
                }
            }
        }
        return null;
    }

    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    private void reject(RoutingContext rc, int status, String type, String title, String detail, List<Problem.InvalidParam> params) {
        String body;
        try {
            body = mapper.writeValueAsString(new Problem(ProblemMapper.TYPE_BASE + type, title, status, detail,
                    rc.request().path(), params));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}
