package org.regionaltimeline.extract;

import java.util.List;
import java.util.Objects;

/**
 * One administrative division from the gazetteer (GB/T 2260 code, NBS 2023).
 *
 * @param code       six-digit code: 650000 province, 652300 prefecture, 652301 county
 * @param name       official full name (昌吉回族自治州)
 * @param shortName  usual short form for display (昌吉州, 呼图壁, 新疆); not necessarily matchable
 * @param level      province, prefecture or county
 * @param parentCode code of the parent division, {@code null} for provinces; counties of the placeholder prefectures
 *                   (市辖区, 自治区直辖县级行政区划 ...) have their province as parent
 * @param aliases    names people write for it, each matchable by {@link RegionMatcher} (昌吉州, 昌吉, 庭州)
 */
public record Place(String code, String name, String shortName, RegionLevel level, String parentCode,
                    List<String> aliases) {

    public Place {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        shortName = shortName == null || shortName.isEmpty() ? name : shortName;
        parentCode = parentCode == null || parentCode.isEmpty() ? null : parentCode;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Code of the province this place belongs to (itself for a province). */
    public String provinceCode() {
        return code.substring(0, 2) + "0000";
    }

    /** True for places in the Xinjiang Uygur Autonomous Region (codes 65xxxx). */
    public boolean isXinjiang() {
        return code.startsWith("65");
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
