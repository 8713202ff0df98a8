package org.regionaltimeline.support;

import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Credentials for tests that write. The admin is the test profile's first admin (timeline.admin.* in the %test
 * profile); the editor is created through the API, as an admin would.
 */
public final class TestAuth {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String EDITOR = "editor";
    public static final String EDITOR_PASSWORD = "test-editor-password";

    private TestAuth() {
    }

    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    /** The editor, created if missing (cheap with the test bcrypt cost; needed again after the app restarts with a fresh database). */
    public static RequestSpecification asEditor() {
        int status = asAdmin().contentType("application/json")
                .body(Map.of("username", EDITOR, "password", EDITOR_PASSWORD, "role", "editor"))
                .when().post("/api/users").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("cannot create the test editor: HTTP " + status);
        }
        return given().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD);
    }
}
