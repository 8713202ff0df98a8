package org.regionaltimeline.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * HTTP plumbing for every successful JSON GET: a strong {@code ETag} over the exact bytes sent (If-None-Match → 304
 * without a body), {@code Last-Modified} for bodies that know their change time (If-Modified-Since → 304) and, for list pages, the RFC 8288 {@code Link} header with the next and prev cursors.
 * The body is serialized once here and sent as those bytes, so the tag always matches what the client receives.
 */
@Provider
public class HttpCachingFilter implements ContainerResponseFilter {

    @Inject
    ObjectMapper mapper;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws java.io.IOException {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        if (response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof ListPage<?> page) {
            addLinks(request, response, page);
        }
        MediaType type = response.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || entity instanceof byte[] || entity instanceof String) {
            return;
        }
        byte[] body = mapper.writeValueAsBytes(entity);
        EntityTag tag = new EntityTag(digest(body));
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag.toString());
        Instant modified = entity instanceof LastModified m && m.updatedAt() != null ? m.updatedAt().truncatedTo(ChronoUnit.SECONDS) : null;
        if (modified != null) {
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC)));
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        // If-None-Match wins when both are sent (RFC 9110 13.2.2)
        boolean notModified = ifNoneMatch != null ? matches(ifNoneMatch, tag) : notModifiedSince(request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), modified);
        if (notModified) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    }

    private static void addLinks(ContainerRequestContext request, ContainerResponseContext response, ListPage<?> page) {
        List<Object> links = new ArrayList<>(2);
        UriBuilder base = request.getUriInfo().getRequestUriBuilder();
        if (page.next() != null) {
            links.add(Link.fromUriBuilder(base.clone().replaceQueryParam("cursor", page.next())).rel("next").build().toString());
        }
        if (page.prev() != null) {
            links.add(Link.fromUriBuilder(base.clone().replaceQueryParam("cursor", page.prev())).rel("prev").build().toString());
        }
        if (!links.isEmpty()) {
            response.getHeaders().put(HttpHeaders.LINK, links);
        }
    }

    static boolean notModifiedSince(String ifModifiedSince, Instant modified) {
        if (ifModifiedSince == null || modified == null) {
            return false;
        }
        try {
            return !modified.isAfter(ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String quoted = "\"" + tag.getValue() + "\"";
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(quoted) || c.equals("W/" + quoted)) {
                return true;
            }
        }
        return false;
    }

    static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
