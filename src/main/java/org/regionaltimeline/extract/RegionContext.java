package org.regionaltimeline.extract;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a document (a page or an article) has already named, used by {@link RegionMatcher#find(String, RegionContext)}
 * to resolve short forms: the 克 abbreviation (在克召开 → 克拉玛依市 once 克拉玛依 is named), and names shared by a
 * prefecture and a county (和田, 阿勒泰, 塔城: the prefecture unless only the county is named explicitly).
 * <p>
 * Mutable and not thread-safe: use one per document. {@code find} first adds the text's own names, so a name later
 * in the text also helps an earlier short form. To share what a whole page names with each of its articles, create
 * the context with {@link RegionMatcher#contextFor(String)} and pass it to {@code find} for each article.
 */
public final class RegionContext {

    /** Codes named by a surface that has only one possible place (full name or an unambiguous short form). */
    final Set<String> explicit = new LinkedHashSet<>();
    /** Codes of resolved mentions. */
    final Set<String> resolved = new LinkedHashSet<>();
    /** Every candidate of every matched name, resolved or not (克拉玛依 → 650200 and 650203). */
    final Set<String> candidates = new LinkedHashSet<>();

    public RegionContext() {
    }

    /**
     * Records a place as named explicitly, e.g. the newspaper's home region known from its masthead. Use with care:
     * it makes the place win over same-name places (和田 → 和田市 if you remember 和田市).
     */
    public RegionContext remember(Place place) {
        explicit.add(place.code());
        resolved.add(place.code());
        candidates.add(place.code());
        return this;
    }

    /** True if the document has named this place, explicitly or through a resolved short form. */
    public boolean hasNamed(String code) {
        return explicit.contains(code) || resolved.contains(code);
    }

    /** Codes named so far (explicit and resolved), in first-seen order. */
    public Set<String> namedCodes() {
        Set<String> all = new LinkedHashSet<>(explicit);
        all.addAll(resolved);
        return Collections.unmodifiableSet(all);
    }
}
