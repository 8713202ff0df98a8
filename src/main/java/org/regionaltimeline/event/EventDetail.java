package org.regionaltimeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.regionaltimeline.project.ProjectRef;
import org.regionaltimeline.region.RegionRef;

import org.regionaltimeline.api.LastModified;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An event with everything known about it: the timeline row's fields plus the printed date and figures. */
@Schema(name = "EventDetail")
public record EventDetail(
        @Schema(examples = "2051") long id,
        @Schema(examples = "2024-11-20") String date,
        @Schema(enumeration = {"day", "week", "month", "quarter", "year"}, examples = "day") String precision,
        LocalDate start,
        LocalDate end,
        @Schema(enumeration = {"morning", "afternoon", "evening"}, nullable = true, examples = "afternoon") String timeOfDay,
        @Schema(enumeration = {"happened", "planned", "ongoing"}, examples = "happened") String status,
        @Schema(description = "The date as printed", examples = "11月20日下午") String dateText,
        @Schema(examples = "11月20日下午，昌吉国家农业高新技术产业示范区与新疆思诺供应链管理有限公司签订亚欧新能源汽车供应链智慧物流产业园项目投资协议书。") String summary,
        List<RegionRef> regions,
        List<ProjectRef> projects,
        List<FigureView> figures,
        @Schema(description = "Id of the article it comes from", examples = "101") long articleId,
        @Schema(description = "When the event was last stored or corrected", examples = "2026-11-29T10:15:30Z") Instant updatedAt)
        implements LastModified {

    /** A figure: 总投资7.4亿元 → 740000000 CNY. */
    @Schema(name = "FigureView")
    public record FigureView(
            @Schema(examples = "总投资7.4亿元") String text,
            @Schema(examples = "740000000") BigDecimal value,
            @Schema(examples = "CNY") String unit) {
    }
}
