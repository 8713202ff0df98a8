package org.regionaltimeline.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One region with its parent chain (province first) and its children. */
@Schema(name = "RegionDetail")
public record RegionDetail(
        @Schema(examples = "652300") String code,
        @Schema(examples = "昌吉回族自治州") String name,
        @Schema(examples = "昌吉州") String shortName,
        @Schema(enumeration = {"province", "prefecture", "county"}, examples = "prefecture") String level,
        @Schema(description = "Other names people write", examples = "[\"昌吉州\", \"昌吉\", \"庭州\"]") List<String> aliases,
        @Schema(description = "Parent chain, province first") List<RegionRef> parents,
        List<RegionSummary> children,
        @Schema(description = "Events placed in this region or its descendants", examples = "12") long eventCount) {
}
