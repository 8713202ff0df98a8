package org.regionaltimeline.event;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters shared by every timeline endpoint. */
public class TimelineParams {

    @QueryParam("from")
    @Parameter(description = "Earliest date (inclusive); partial ISO dates allowed: 2024, 2024-11, 2024-11-20", example = "2024-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Latest date (inclusive); partial ISO dates allowed: 2024 means up to 2024-12-31", example = "2024-12")
    public String to;

    @QueryParam("status")
    @Parameter(description = "Only events with this status", schema = @Schema(type = SchemaType.STRING, enumeration = {"happened", "planned", "ongoing"}))
    public String status;

    @QueryParam("q")
    @Parameter(description = "Text that the event's summary or its article's title contains", example = "锁边")
    public String q;

    @QueryParam("order")
    @Parameter(description = "desc (newest first, the default) or asc (oldest first)", schema = @Schema(type = SchemaType.STRING, enumeration = {"desc", "asc"}))
    public String order;

    @QueryParam("view")
    @Parameter(description = "full (default) or compact: smaller rows (TimelineRow) for list screens", schema = @Schema(type = SchemaType.STRING, enumeration = {"full", "compact"}))
    public String view;

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from a previous page's next or prev")
    public String cursor;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20")
    public Integer limit;
}
