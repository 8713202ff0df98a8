package org.regionaltimeline.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A user as admins see it (never the password hash). */
@Schema(name = "User")
public record UserView(
        @Schema(examples = "editor1") String username,
        @Schema(examples = "editor") String role,
        boolean enabled,
        Instant createdAt) {

    static UserView of(AppUser u) {
        return new UserView(u.username, u.role, u.enabled, u.createdAt);
    }
}
