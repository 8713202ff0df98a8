package org.regionaltimeline.api;

import java.time.Instant;

/**
 * A response body that knows when its content last changed: {@link HttpCachingFilter} sends it as
 * {@code Last-Modified} and answers {@code If-Modified-Since} with 304.
 */
public interface LastModified {

    Instant updatedAt();
}
