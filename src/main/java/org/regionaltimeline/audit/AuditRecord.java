package org.regionaltimeline.audit;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One audit trail entry as served to admins. */
@Schema(name = "AuditRecord", description = "A change made through the API: who, when, what, before and after")
public record AuditRecord(
        @Schema(examples = "1201") long id,
        @Schema(examples = "2026-11-29T10:15:30Z") Instant at,
        @Schema(description = "User who made the change, or system", examples = "editor1") String actor,
        @Schema(description = "What was done", examples = "event.update") String action,
        @Schema(description = "Kind of entity changed", examples = "event") String entityType,
        @Schema(description = "Its id (slug for projects, username for users)", examples = "351") String entityId,
        @Schema(type = SchemaType.OBJECT, description = "State before the change (JSON); absent for creations") Object before,
        @Schema(type = SchemaType.OBJECT, description = "State after the change (JSON); absent for deletions") Object after) {
}
