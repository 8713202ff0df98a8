package org.regionaltimeline.event;

import org.regionaltimeline.extract.PartialDate;

/**
 * What a timeline request asks for. Every field is optional; {@code newestFirst} is the default order.
 * {@code projectId} is the resolved id of the {@code project} slug.
 */
public record TimelineFilter(PartialDate from, PartialDate to, String regionCode, Long projectId, String q, String status,
                             boolean newestFirst) {

    /** Fingerprint of the filter, bound into cursors so a cursor cannot be replayed against another filter. */
    public String scope() {
        return String.join("|", "timeline", String.valueOf(from == null ? null : from.start()),
                String.valueOf(to == null ? null : to.end()), String.valueOf(regionCode), String.valueOf(projectId),
                String.valueOf(q), String.valueOf(status), newestFirst ? "desc" : "asc");
    }
}
