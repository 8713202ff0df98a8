package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.regionaltimeline.extract.Gazetteer;
import org.regionaltimeline.extract.Place;

import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.List;

/**
 * Loads the GB/T 2260 gazetteer ({@code gazetteer/regions.tsv}, the same file the extraction engine reads) into the
 * {@code region} table, parents before children.
 */
public class V2__LoadRegions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        List<Place> places = Gazetteer.loadDefault().all().stream()
                .sorted(Comparator.comparing((Place p) -> p.level().ordinal()).thenComparing(Place::code))
                .toList();
        String sql = "INSERT INTO region (code, name, short_name, level, parent_code, aliases) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            for (Place place : places) {
                insert.setString(1, place.code());
                insert.setString(2, place.name());
                insert.setString(3, place.shortName());
                insert.setString(4, place.level().wireName());
                insert.setString(5, place.parentCode());
                insert.setString(6, String.join("|", place.aliases()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
