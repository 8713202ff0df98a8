package org.regionaltimeline.ingest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.regionaltimeline.api.TextSanitizer;
import org.regionaltimeline.extract.TemporalExpression;

import java.time.LocalDate;
import java.time.ZoneId;

@Path("/api/extract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extraction", description = "Dry runs of the extraction engine: raw page text in, structure out, nothing stored")
public class ExtractResource {

    private static final ZoneId XINJIANG_PAPERS = ZoneId.of("Asia/Shanghai");

    @Inject
    ExtractionEngine engine;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "extractPage", summary = "Extract a page (JSON)", description = "Splits the page into articles and extracts dated events, regions, "
            + "projects and figures. Without publishedOn, the issue date is inferred from the page (publishedOnSource says which). Stores nothing.")
    public ExtractResponse extract(@Valid @NotNull ExtractRequest request) {
        return PageViews.response(engine.extract(PageInput.text(request.text()), PageInput.date("publishedOn", request.publishedOn())));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Extract a page (plain text)", description = "The same as the JSON form, with the page as the body and the options as query parameters.")
    public ExtractResponse extractText(String text,
                                       @Parameter(description = "Issue date (YYYY-MM-DD)", example = "2024-11-29") @QueryParam("publishedOn") String publishedOn,
                                       @Parameter(description = "Newspaper", example = "昌吉日报") @QueryParam("source") String source) {
        PageInput.source(source);
        return PageViews.response(engine.extract(PageInput.text(text), PageInput.date("publishedOn", publishedOn)));
    }

    @POST
    @Path("temporal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "normalizeTemporal", summary = "Normalize time expressions", description = "Finds the time expressions of a text (11月20日下午, 去年10月, 截至2023年底, "
            + "二〇二四年十一月二十日 …) and normalizes each to a start, end and precision against the reference date.")
    public TemporalResponse temporal(@Valid @NotNull TemporalRequest request) {
        LocalDate reference = PageInput.date("reference", request.reference());
        if (reference == null) {
            reference = LocalDate.now(XINJIANG_PAPERS);
        }
        // invisible characters are removed before parsing; offsets still point into the text as sent
        TextSanitizer.Mapped text = TextSanitizer.pageMapped(request.text());
        return new TemporalResponse(engine.temporal(text.text(), reference).stream().map(e -> view(e, text)).toList());
    }

    private static TemporalResponse.Expression view(TemporalExpression e, TextSanitizer.Mapped text) {
        return new TemporalResponse.Expression(e.text(), e.date().start(), e.date().end(), e.date().precision().wireName(),
                e.timeOfDay() == null ? null : e.timeOfDay().wireName(), text.original(e.offset()), e.approximate());
    }
}
