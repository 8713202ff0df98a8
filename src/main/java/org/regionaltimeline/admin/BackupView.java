package org.regionaltimeline.admin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One backup file: a zip of the H2 database, restorable with org.h2.tools.Restore. */
@Schema(name = "Backup")
public record BackupView(
        @Schema(examples = "timeline-20241129T101112345Z.zip") String name,
        @Schema(description = "Size in bytes", examples = "1048576") long size,
        @Schema(examples = "2024-11-29T10:11:12Z") Instant createdAt,
        @Schema(description = "Absolute path on the server", examples = "/var/lib/timeline/backups/timeline-20241129T101112345Z.zip") String path) {
}
