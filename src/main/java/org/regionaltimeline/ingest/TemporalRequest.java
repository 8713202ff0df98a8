package org.regionaltimeline.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text whose time expressions to normalize against a reference date (the issue date). */
@Schema(name = "TemporalRequest")
public record TemporalRequest(
        @NotBlank @Size(max = 20_000) @Schema(examples = "11月26日下午，对接会在昌吉园林宾馆举行。当天下午，科技支撑产业发展交流座谈会举行。") String text,
        @Schema(description = "Reference date (YYYY-MM-DD); today when absent", examples = "2024-11-29") String reference) {
}
