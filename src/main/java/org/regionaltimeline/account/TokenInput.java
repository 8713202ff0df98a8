package org.regionaltimeline.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token to create for the calling user. */
@Schema(name = "TokenInput")
public record TokenInput(
        @NotBlank @Size(max = 100) @Schema(description = "What the token is for", examples = "nightly ingest") String name,
        @Min(1) @Max(3650) @Schema(description = "Days until it expires; absent for no expiry", examples = "90") Integer expiresInDays) {
}
