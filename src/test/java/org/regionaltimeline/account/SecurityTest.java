package org.regionaltimeline.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.regionaltimeline.support.TestArticles;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.regionaltimeline.support.TestAuth.asAdmin;
import static org.regionaltimeline.support.TestAuth.asEditor;

/** Reads are public; writes need an editor, user management and the audit trail an admin; 401 and 403 are problems. */
@QuarkusTest
class SecurityTest {

    private static Map<String, Object> article(String title) {
        return TestArticles.article(title).event("2024-11-20", "11月20日，安全测试事件。", "652323", null).json();
    }

    @Test
    void readsArePublicButWritesNeedAUser() {
        given().when().get("/api/timeline").then().statusCode(200);
        var challenge = given().contentType(ContentType.JSON).body(article("无凭据" + UUID.randomUUID()))
                .when().post("/api/articles").then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401)).body("instance", equalTo("/api/articles"))
                .extract().headers().getValues("WWW-Authenticate");
        org.hamcrest.MatcherAssert.assertThat(challenge, containsInAnyOrder(startsWith("Basic"), startsWith("Bearer")));
        given().auth().preemptive().basic("admin", "wrong-password-123").contentType(ContentType.JSON).body(article("错误密码"))
                .when().post("/api/articles").then().statusCode(401).body("title", equalTo("Unauthorized"));
        given().auth().preemptive().basic("nobody", "whatever-password").contentType("text/plain; charset=utf-8").body("本报讯 测试。")
                .when().post("/api/ingest").then().statusCode(401);
        asEditor().contentType(ContentType.JSON).body(article("编辑写入" + UUID.randomUUID()))
                .when().post("/api/articles").then().statusCode(201);
    }

    @Test
    void editorsCannotManageUsersOrReadTheAuditTrail() {
        asEditor().when().get("/api/users").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("title", equalTo("Forbidden"));
        asEditor().when().get("/api/audit").then().statusCode(403);
        asEditor().when().get("/api/me").then().statusCode(200)
                .body("username", equalTo("editor")).body("roles", containsInAnyOrder("editor"));
        asAdmin().when().get("/api/me").then().statusCode(200).body("roles", containsInAnyOrder("admin", "editor"));
        given().when().get("/api/me").then().statusCode(401);
    }

    @Test
    void adminsCreateAndDisableUsers() {
        String name = "reviewer-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = Map.of("username", name, "password", "a long enough password", "role", "editor");
        asAdmin().contentType(ContentType.JSON).body(user).when().post("/api/users").then().statusCode(201)
                .header("Location", containsString("/api/users/" + name))
                .body("username", equalTo(name)).body("role", equalTo("editor")).body("$", org.hamcrest.Matchers.not(hasKey("passwordHash")));
        asAdmin().contentType(ContentType.JSON).body(user).when().post("/api/users").then().statusCode(409);
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "short-" + name, "password", "short", "role", "editor"))
                .when().post("/api/users").then().statusCode(400).body("invalidParams.name", hasItem("password"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "Bad Name!", "password", "a long enough password", "role", "root"))
                .when().post("/api/users").then().statusCode(400).body("invalidParams.name", hasItem("username")).body("invalidParams.name", hasItem("role"));

        given().auth().preemptive().basic(name, "a long enough password").when().get("/api/me").then().statusCode(200);
        asAdmin().when().delete("/api/users/" + name).then().statusCode(200).body("enabled", equalTo(false));
        given().auth().preemptive().basic(name, "a long enough password").when().get("/api/me").then().statusCode(401);
        asAdmin().when().delete("/api/users/admin").then().statusCode(409);
        asAdmin().when().delete("/api/users/no-such-user").then().statusCode(404);

        asAdmin().queryParam("entityType", "user").queryParam("entityId", name).when().get("/api/audit").then().statusCode(200)
                .body("items.action", containsInAnyOrder("user.create", "user.disable"))
                .body("items.actor", hasItem("admin"))
                .body("items.find { it.action == 'user.disable' }.before.enabled", equalTo(true))
                .body("items.find { it.action == 'user.disable' }.after.enabled", equalTo(false))
                .body("items.find { it.action == 'user.create' }.before", nullValue());
    }

    @Test
    void apiTokensActAsTheirUserUntilRevoked() {
        var created = asEditor().contentType(ContentType.JSON).body(Map.of("name", "nightly ingest", "expiresInDays", 30))
                .when().post("/api/tokens").then().statusCode(201)
                .body("token", startsWith("rt_")).body("expiresAt", notNullValue()).extract();
        String token = created.path("token");
        int id = created.path("id");
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(article("令牌写入" + UUID.randomUUID()))
                .when().post("/api/articles").then().statusCode(201);
        asEditor().when().get("/api/tokens").then().statusCode(200)
                .body("find { it.id == " + id + " }.name", equalTo("nightly ingest"))
                .body("find { it.id == " + id + " }.token", nullValue());
        given().header("Authorization", "Bearer " + token).when().get("/api/users").then().statusCode(403);
        asAdmin().when().delete("/api/tokens/" + id).then().statusCode(404);
        asEditor().when().delete("/api/tokens/" + id).then().statusCode(200).body("revokedAt", notNullValue());
        given().header("Authorization", "Bearer " + token).when().get("/api/me").then().statusCode(401);
        given().header("Authorization", "Bearer rt_made-up").when().get("/api/me").then().statusCode(401);
    }

    @Test
    void swaggerUiCanAuthorizeTheSecuredOperations() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.basicAuth.scheme", equalTo("basic"))
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"))
                .body("paths.'/api/articles'.post.security.size()", equalTo(2))
                .body("paths.'/api/articles'.post.responses", hasKey("401"))
                .body("paths.'/api/articles'.get.security", nullValue());
    }
}
