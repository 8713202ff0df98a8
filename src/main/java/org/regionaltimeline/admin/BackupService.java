package org.regionaltimeline.admin;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.WriteGate;
import org.regionaltimeline.audit.AuditTrail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Online backups with H2's {@code BACKUP TO}: a consistent zip of the database file taken while the service runs.
 * Taken inside the write gate, so no write is half-done in it and the audit entry commits with it. Restore is offline:
 * stop the service, {@code org.h2.tools.Restore -file <zip> -dir <data-dir>}, start (README, "Trust").
 */
@ApplicationScoped
public class BackupService {

    static final Pattern NAME = Pattern.compile("timeline-\\d{8}T\\d{9}Z(-\\d+)?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    @ConfigProperty(name = "timeline.backup-dir")
    String backupDir;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WriteGate gate;

    @Inject
    AuditTrail audit;

    public BackupView create() {
        return gate.write(() -> {
            Path dir = directory();
            Files.createDirectories(dir);
            Instant now = Instant.now();
            String base = "timeline-" + STAMP.format(now);
            String name = base + ".zip";
            for (int i = 2; Files.exists(dir.resolve(name)); i++) {
                name = base + "-" + i + ".zip";
            }
            Path file = dir.resolve(name);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                // the path is ours (directory from configuration, generated name): quoting is enough
                s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                throw new ApiException(500, "backup-failed", "Backup failed",
                        "the database could not be backed up (an H2 server database is backed up on the server's side): " + e.getMessage(), null);
            }
            BackupView view = view(file);
            audit.record("backup.create", "backup", name, null, Map.of("name", name, "size", view.size()));
            return view;
        });
    }

    public List<BackupView> list() {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .map(BackupService::view)
                    .sorted(Comparator.comparing(BackupView::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path directory() {
        return Path.of(backupDir).toAbsolutePath().normalize();
    }

    private static BackupView view(Path file) {
        try {
            return new BackupView(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
