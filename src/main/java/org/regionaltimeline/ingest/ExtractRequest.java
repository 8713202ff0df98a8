package org.regionaltimeline.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A raw newspaper page: its text as OCR or PDF extraction left it, and optionally its issue date and newspaper. */
@Schema(name = "ExtractRequest")
public record ExtractRequest(
        @NotBlank @Size(max = PageLimits.MAX_PAGE_CHARS, message = "a page is at most " + PageLimits.MAX_PAGE_CHARS + " characters")
        @Schema(description = "The page text", examples = "新华社乌鲁木齐11月28日电 28日上午，在塔克拉玛干沙漠南缘的新疆于田县，随着最后一株玫瑰苗栽下，绿色阻沙防护带实现全面锁边“合龙”。") String text,
        @Schema(description = "Issue date (YYYY-MM-DD); inferred from the page when absent", examples = "2024-11-29") String publishedOn,
        @Size(max = 100) @Schema(description = "Newspaper", examples = "昌吉日报") String source) {
}
