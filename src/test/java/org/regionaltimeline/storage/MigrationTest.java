package org.regionaltimeline.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrations build the whole schema and load the gazetteer into an empty H2 file database. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDatabaseAndLoadsTheRegions() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("fresh").toAbsolutePath();
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
        MigrateResult result = flyway.migrate();
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 2, "schema and region data");

        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*), SUM(CASE WHEN parent_code = '652300' THEN 1 ELSE 0 END) FROM region")) {
            rs.next();
            assertTrue(rs.getInt(1) > 3000, "all of China's divisions, was " + rs.getInt(1));
            assertEquals(7, rs.getInt(2), "昌吉回族自治州 has seven counties");
        }
        // a second run finds nothing to do
        assertEquals(0, flyway.migrate().migrationsExecuted);
    }
}
