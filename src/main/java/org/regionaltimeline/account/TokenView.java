package org.regionaltimeline.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An API token's metadata; {@code token} is present only in the response that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Token")
public record TokenView(
        @Schema(examples = "51") long id,
        @Schema(examples = "nightly ingest") String name,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        @Schema(description = "The secret, shown once: send it as 'Authorization: Bearer <token>'", examples = "rt_Zm9vYmFy...") String token) {

    static TokenView of(ApiToken t, String secret) {
        return new TokenView(t.id, t.name, t.createdAt, t.expiresAt, t.revokedAt, secret);
    }
}
