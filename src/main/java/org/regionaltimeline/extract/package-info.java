/**
 * The extraction engine: pure Java that turns the text of a newspaper page into articles, dated events, regions,
 * projects and figures. Nothing here may import Quarkus, Jakarta or JPA types, so the engine is unit-testable in
 * milliseconds and reusable from a CLI or a benchmark.
 */
package org.regionaltimeline.extract;
