package org.regionaltimeline.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** One dated event of an {@link ArticleInput}. */
@Schema(name = "EventInput")
public record EventInput(
        @NotBlank @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        @Schema(description = "The date at its precision", examples = "2024-11-20") String date,
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
        @Schema(description = "End of a range (6月24日至26日), optional", examples = "2024-11-21") String end,
        @Pattern(regexp = "morning|afternoon|evening", message = "must be morning, afternoon or evening")
        @Schema(enumeration = {"morning", "afternoon", "evening"}, examples = "afternoon") String timeOfDay,
        @Pattern(regexp = "happened|planned|ongoing", message = "must be happened, planned or ongoing")
        @Schema(enumeration = {"happened", "planned", "ongoing"}, examples = "happened") String status,
        @Size(max = 100) @Schema(examples = "11月20日下午") String dateText,
        @NotBlank @Size(max = 4000) @Schema(examples = "11月20日下午，昌吉国家农业高新技术产业示范区与新疆思诺供应链管理有限公司签订亚欧新能源汽车供应链智慧物流产业园项目投资协议书。") String summary,
        @Size(max = 50) List<@Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code") String> regions,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> projects,
        @Size(max = 100) List<@Valid FigureInput> figures) {

    /** A figure stated with the event. */
    @Schema(name = "Figure")
    public record FigureInput(
            @NotBlank @Size(max = 200) @Schema(examples = "总投资7.4亿元") String text,
            @Schema(examples = "740000000") BigDecimal value,
            @Size(max = 20) @Schema(examples = "CNY") String unit) {
    }
}
