package org.regionaltimeline.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new user, as an admin sends it. */
@Schema(name = "UserInput", description = "A new editor or admin")
public record UserInput(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "2 to 64 characters: a-z, 0-9, '.', '_', '-'")
        @Schema(examples = "editor1") String username,
        @NotBlank @Size(max = 200) @Schema(description = "At least 12 characters", examples = "correct horse battery staple") String password,
        @NotBlank @Pattern(regexp = "editor|admin", message = "must be editor or admin") @Schema(examples = "editor") String role) {
}
