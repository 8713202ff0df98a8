package org.regionaltimeline.api;


import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Keyset paging shared by every list endpoint: limit bounds, assembling a page from rows, Link headers. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Paging() {
    }

    /** The page size asked for, 20 when absent; outside 1..100 is a 400. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalidParam("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }

    /**
     * Turns the rows of one keyset query into a page. The query fetched up to {@code limit + 1} rows after the cursor in
     * the cursor's direction (list order for a next cursor or the first page, reverse order for a prev cursor).
     */
    public static <T> ListPage<T> assemble(List<T> rows, int limit, Keyset cursor, String scope, Function<T, Keyset> keyOf) {
        boolean backward = cursor != null && !cursor.forward();
        boolean more = rows.size() > limit;
        List<T> items = new ArrayList<>(more ? rows.subList(0, limit) : rows);
        if (backward) {
            Collections.reverse(items);
        }
        if (items.isEmpty()) {
            // past either end: offer the way back the client came from
            String back = cursor == null ? null : CursorCodec.encode(scope, new Keyset(cursor.key(), cursor.id(), backward));
            return new ListPage<>(items, backward ? back : null, backward ? null : back);
        }
        Keyset first = keyOf.apply(items.get(0));
        Keyset last = keyOf.apply(items.get(items.size() - 1));
        String next = (backward || more) ? CursorCodec.encode(scope, new Keyset(last.key(), last.id(), true)) : null;
        String prev = (cursor != null && (!backward || more)) ? CursorCodec.encode(scope, new Keyset(first.key(), first.id(), false)) : null;
        return new ListPage<>(items, next, prev);
    }
}
