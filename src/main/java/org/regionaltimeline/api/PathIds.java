package org.regionaltimeline.api;

/** Numeric ids in paths: anything that is not one names no resource, so it is a 404 like an unknown id. */
public final class PathIds {

    private PathIds() {
    }

    public static long parse(String what, String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw ApiException.notFound(what, id);
        }
    }
}
