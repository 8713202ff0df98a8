package org.regionaltimeline.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;

/** A new user starts the service on an empty database and sees real timelines at once. */
@QuarkusTest
@TestProfile(SampleDataTest.WithSampleData.class)
class SampleDataTest {

    public static class WithSampleData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("timeline.sample-data", "true", "timeline.data-dir", "./target/test-data-samples");
        }
    }

    @Test
    void theFiveSamplePagesAreIngestedOnFirstStart() {
        given().queryParam("limit", 100).when().get("/api/articles")
                .then().statusCode(200).body("items.size()", greaterThan(20))
                .body("items.source", hasItems("昌吉日报", "阿勒泰日报", "克拉玛依日报"));
        given().queryParam("limit", 100).when().get("/api/timeline")
                .then().statusCode(200).body("items.size()", greaterThan(30));
        given().when().get("/api/regions/652300").then().statusCode(200).body("eventCount", greaterThan(3));
    }
}
