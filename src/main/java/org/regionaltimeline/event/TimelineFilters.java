package org.regionaltimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.extract.EventStatus;
import org.regionaltimeline.extract.PartialDate;
import org.regionaltimeline.project.Project;
import org.regionaltimeline.project.ProjectLookup;
import org.regionaltimeline.region.RegionDirectory;

/** Validates timeline query parameters into a {@link TimelineFilter}: 400 for malformed values, 404 for unknown ones. */
@ApplicationScoped
public class TimelineFilters {

    static final int MAX_QUERY_LENGTH = 100;

    @Inject
    RegionDirectory regions;

    @Inject
    ProjectLookup projects;

    public TimelineFilter of(TimelineParams p, String regionCode, String projectSlug) {
        PartialDate from = date("from", p.from);
        PartialDate to = date("to", p.to);
        if (from != null && to != null && to.end().isBefore(from.start())) {
            throw ApiException.invalidParam("to", "is before from");
        }
        String region = null;
        if (regionCode != null) {
            region = regions.require(regionCode.trim()).code();
        }
        Long projectId = null;
        if (projectSlug != null) {
            Project project = projects.require(projectSlug.trim());
            projectId = project.id;
        }
        String status = null;
        if (p.status != null && !p.status.isBlank()) {
            try {
                status = EventStatus.fromWire(p.status).wireName();
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidParam("status", "must be happened, planned or ongoing");
            }
        }
        String q = p.q == null || p.q.isBlank() ? null : p.q.strip();
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw ApiException.invalidParam("q", "at most " + MAX_QUERY_LENGTH + " characters");
        }
        boolean newestFirst;
        if (p.order == null || p.order.isBlank() || p.order.equalsIgnoreCase("desc")) {
            newestFirst = true;
        } else if (p.order.equalsIgnoreCase("asc")) {
            newestFirst = false;
        } else {
            throw ApiException.invalidParam("order", "must be asc or desc");
        }
        return new TimelineFilter(from, to, region, projectId, q, status, newestFirst);
    }

    private static PartialDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parseIso(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParam(name, "not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: " + value.strip());
        }
    }
}
