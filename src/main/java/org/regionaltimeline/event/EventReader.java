package org.regionaltimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.regionaltimeline.api.SqlValues;
import org.regionaltimeline.extract.PartialDate;
import org.regionaltimeline.extract.Precision;
import org.regionaltimeline.project.ProjectRef;
import org.regionaltimeline.region.RegionRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads full event details for a set of events with a fixed number of queries (no N+1). */
@ApplicationScoped
public class EventReader {

    @Inject
    TimelineService timeline;

    public List<EventDetail> details(List<Event> events) {
        List<Long> ids = events.stream().map(e -> e.id).toList();
        Map<Long, List<RegionRef>> regions = timeline.regionsOf(ids);
        Map<Long, List<ProjectRef>> projects = timeline.projectsOf(ids);
        Map<Long, List<EventDetail.FigureView>> figures = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            List<EventFigure> rows = EventFigure.list("eventId in ?1 order by eventId, position", ids);
            for (EventFigure f : rows) {
                figures.computeIfAbsent(f.eventId, k -> new ArrayList<>())
                        .add(new EventDetail.FigureView(f.text, SqlValues.plain(f.amount), f.unit));
            }
        }
        List<EventDetail> result = new ArrayList<>(events.size());
        for (Event e : events) {
            PartialDate date = new PartialDate(e.startDate, e.endDate, Precision.fromWire(e.precision));
            result.add(new EventDetail(e.id, date.label(), e.precision, e.startDate, e.endDate, e.timeOfDay, e.status,
                    e.dateText, e.summary, regions.getOrDefault(e.id, List.of()), projects.getOrDefault(e.id, List.of()),
                    figures.getOrDefault(e.id, List.of()), e.article.id, e.updatedAt));
        }
        return result;
    }
}
