package org.regionaltimeline.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The SQL side of keyset paging for lists ordered by (date, id): decoding the cursor's position, the predicate that
 * continues after it, the matching ORDER BY, and the fetch of one row more than a page (so {@link Paging#assemble}
 * knows whether another page follows). Timelines, articles and projects page this one way.
 */
public final class KeysetSql {

    /** A position in a (date, id) ordered list. */
    public record Position(LocalDate date, long id) {

        /** The position a cursor points at; null for the first page; a 400 for a token this API did not issue. */
        public static Position of(Keyset keyset) {
            if (keyset == null) {
                return null;
            }
            try {
                return new Position(LocalDate.parse(keyset.key()), Long.parseLong(keyset.id()));
            } catch (RuntimeException e) {
                throw ApiException.invalidParam("cursor", "not a cursor issued by this API");
            }
        }
    }

    private KeysetSql() {
    }

    /** Appends "rows after the position" in the query's direction; nothing for the first page. */
    public static void continueAfter(StringBuilder sql, Map<String, Object> params, String dateColumn, String idColumn,
                                     boolean descending, Position position) {
        if (position == null) {
            return;
        }
        String cmp = descending ? "<" : ">";
        // the first, redundant bound gives the database an index range start; the OR alone is only a filter
        // the date goes in as ISO text: through java.sql.Date, the undated sentinel 0001-01-01 shifts across the
        // Julian/Gregorian cutover and the walk would stop before the undated rows
        String kd = "CAST(:kd AS DATE)";
        sql.append(" AND ").append(dateColumn).append(' ').append(cmp).append("= ").append(kd).append(" AND (").append(dateColumn)
                .append(' ').append(cmp).append(' ').append(kd).append(" OR (").append(dateColumn).append(" = ").append(kd)
                .append(" AND ").append(idColumn).append(' ').append(cmp).append(" :kid))");
        params.put("kd", position.date().toString());
        params.put("kid", position.id());
    }

    /** Orders by date then id, both in the query's direction, and fetches up to {@code limit + 1} rows. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> fetch(EntityManager em, StringBuilder sql, Map<String, Object> params, String dateColumn,
                                       String idColumn, boolean descending, int limit) {
        String dir = descending ? " DESC" : " ASC";
        sql.append(" ORDER BY ").append(dateColumn).append(dir).append(", ").append(idColumn).append(dir);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        query.setMaxResults(limit + 1);
        return query.getResultList();
    }
}
