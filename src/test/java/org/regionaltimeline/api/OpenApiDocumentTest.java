package org.regionaltimeline.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The OpenAPI document describes what clients rely on: errors, paging and caching headers, sync, every operation. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void errorsPagingAndCachingAreDocumented() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas", hasKey("Problem"))
                .body("paths.'/api/timeline'.get.responses.'200'.headers", hasKey("ETag"))
                .body("paths.'/api/timeline'.get.responses.'200'.headers", hasKey("Link"))
                .body("paths.'/api/timeline'.get.responses.'200'.headers", hasKey("Cache-Control"))
                .body("paths.'/api/timeline'.get.responses", hasKey("304"))
                .body("paths.'/api/timeline'.get.responses.'400'.content", hasKey("application/problem+json"))
                .body("paths.'/api/articles/{id}'.get.responses.'200'.headers", hasKey("Last-Modified"))
                .body("paths.'/api/articles/{id}'.get.responses", hasKey("404"))
                .body("paths.'/api/changes'.get.summary", notNullValue())
                .body("paths.'/api/changes'.get.parameters.name", org.hamcrest.Matchers.hasItem("since"));
    }

    @Test
    void everyOperationHasAnIdASummaryADescriptionATagAndDocumentedParameters() {
        JsonPath spec = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            if (!path.startsWith("/api")) {
                return;
            }
            for (String field : List.of("operationId", "summary", "description", "tags")) {
                if (op.get(field) == null) {
                    missing.add(method + " " + path + ": " + field);
                }
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
            for (Map<String, Object> p : parameters) {
                if (p.get("description") == null) {
                    missing.add(method + " " + path + ": parameter " + p.get("name"));
                }
            }
        }));
        assertEquals(List.of(), missing);
    }
}
