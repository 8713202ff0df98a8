package org.regionaltimeline.extract;

/**
 * A place name below county level (Xinjiang only) that maps to its county: a township (三宫乡), an XPCC regiment
 * (一五二团 / 152团) or a curated landmark (喀纳斯, 巴克图口岸). Rows of {@code gazetteer/places.tsv}.
 *
 * @param name       the name as written
 * @param countyCode the county-level division it lies in
 * @param kind       {@code township}, {@code regiment} or {@code landmark}
 */
public record LocalPlace(String name, String countyCode, String kind) {
}
