package org.regionaltimeline.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts of every table that writes touch: equal before and after means a rejected request stored nothing. */
public final class DbState {

    public static final List<String> TABLES = List.of("source", "article", "project", "project_alias", "event", "event_figure",
            "event_region", "event_project", "article_region", "article_project", "change_log", "audit_entry", "app_user", "api_token");

    private DbState() {
    }

    public static Map<String, Long> counts(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            return counts(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Long> counts(Statement s) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }
}
