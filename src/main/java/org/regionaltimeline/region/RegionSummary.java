package org.regionaltimeline.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region in a list, with how many events are placed in it or its descendants. */
@Schema(name = "RegionSummary")
public record RegionSummary(
        @Schema(examples = "652300") String code,
        @Schema(examples = "昌吉回族自治州") String name,
        @Schema(examples = "昌吉州") String shortName,
        @Schema(enumeration = {"province", "prefecture", "county"}, examples = "prefecture") String level,
        @Schema(examples = "650000", nullable = true) String parent,
        @Schema(description = "Events placed in this region or its descendants", examples = "12") long eventCount) {
}
