package org.regionaltimeline.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/** Who is calling: the authenticated user and the roles they hold. */
@Schema(name = "Caller")
public record Caller(@Schema(examples = "editor1") String username, @Schema(examples = "[\"editor\"]") Set<String> roles) {
}
