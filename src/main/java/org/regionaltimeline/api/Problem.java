package org.regionaltimeline.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail: the body of every 4xx and 5xx response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail, sent with every error response as application/problem+json")
public record Problem(
        @Schema(description = "URI identifying the problem type", examples = "https://regionaltimeline.org/problems/invalid-parameter") String type,
        @Schema(description = "Short summary of the problem type", examples = "Invalid parameter") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "What went wrong in this occurrence", examples = "from: not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: 2024-13-45") String detail,
        @Schema(description = "The request path of this occurrence", examples = "/api/timeline") String instance,
        @Schema(description = "The parameters that were invalid") List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid request parameter: its name and why it was rejected. */
    public record InvalidParam(
            @Schema(examples = "from") String name,
            @Schema(examples = "not a date of the form YYYY, YYYY-MM or YYYY-MM-DD") String reason) {
    }
}
