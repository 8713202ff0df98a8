package org.regionaltimeline.admin;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.regionaltimeline.support.DbState;
import org.regionaltimeline.support.TestArticles;
import org.regionaltimeline.support.TestAuth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An online backup through the API, restored with org.h2.tools.Restore into an empty directory and opened with JDBC. */
@QuarkusTest
class BackupTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyAdminsBackUp() {
        given().when().post("/api/admin/backup").then().statusCode(401).contentType(startsWith("application/problem+json"));
        TestAuth.asEditor().when().post("/api/admin/backup").then().statusCode(403).contentType(startsWith("application/problem+json"));
        TestAuth.asEditor().when().get("/api/admin/backups").then().statusCode(403).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aBackupRestoresToTheSameData() throws Exception {
        long id = TestArticles.article("备份测试").regions("652323").projects("备份测试产业园项目")
                .event("2024-11-20", "11月20日，备份测试产业园项目签约。", "652323", "备份测试产业园项目")
                .figure("总投资7.4亿元", 740_000_000L, "CNY").post();
        Map<String, Long> atBackup = DbState.counts(dataSource);
        JsonPath backup = TestAuth.asAdmin().when().post("/api/admin/backup").then().statusCode(201)
                .contentType(startsWith("application/json"))
                .body("name", matchesPattern("timeline-\\d{8}T\\d{9}Z(-\\d+)?\\.zip")).body("size", greaterThan(0))
                .extract().jsonPath();
        String name = backup.getString("name");
        Path zip = Path.of(backup.getString("path"));
        assertTrue(Files.size(zip) > 0);
        TestAuth.asAdmin().when().get("/api/admin/backups").then().statusCode(200).body("name", hasItem(name));
        TestAuth.asAdmin().queryParam("entityType", "backup").when().get("/api/audit").then().statusCode(200)
                .body("items[0].entityId", equalTo(name)).body("items[0].action", equalTo("backup.create"))
                .body("items[0].actor", equalTo("admin"));

        Path restored = Files.createTempDirectory("timeline-restore-");
        Restore.execute(zip.toString(), restored.toString(), "timeline");
        assertTrue(Files.exists(restored.resolve("timeline.mv.db")), "the zip holds the database file");
        // open it the way the service does (user timeline, empty password)
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("timeline") + ";IFEXISTS=TRUE", "timeline", "");
             Statement s = c.createStatement()) {
            Map<String, Long> counts = DbState.counts(s);
            assertEquals(atBackup, counts, "the restored database has every row the service had at the backup");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 1 ELSE 0 END) FROM \"flyway_schema_history\"")) {
                rs.next();
                assertTrue(rs.getLong(1) > 0);
                assertEquals(rs.getLong(1), rs.getLong(2), "every migration in the backup succeeded");
            }
            try (ResultSet rs = s.executeQuery("SELECT title FROM article WHERE id = " + id)) {
                assertTrue(rs.next());
                assertEquals("备份测试", rs.getString(1));
            }
        }
        // and the API agrees with the restored copy on the number of articles
        long viaApi = 0;
        String cursor = null;
        do {
            var spec = given().queryParam("limit", 100);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.when().get("/api/articles").then().statusCode(200).extract().jsonPath();
            viaApi += page.getList("items").size();
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(atBackup.get("article"), viaApi);
    }
}
