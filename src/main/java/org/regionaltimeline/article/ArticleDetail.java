package org.regionaltimeline.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.regionaltimeline.api.LastModified;
import org.regionaltimeline.event.EventDetail;
import org.regionaltimeline.project.ProjectRef;
import org.regionaltimeline.region.RegionRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One article with its text, places, projects and events. */
@Schema(name = "ArticleDetail")
public record ArticleDetail(
        @Schema(examples = "101") long id,
        @Schema(examples = "全州首个新能源汽车产业园明年开建", nullable = true) String title,
        @Schema(examples = "项目落户昌吉农高区 总投资7.4亿元", nullable = true) String subtitle,
        @Schema(examples = "本报讯 记者刘茜、通讯员马蓉报道：", nullable = true) String byline,
        @Schema(examples = "新华社乌鲁木齐11月28日电", nullable = true) String dateline,
        @Schema(enumeration = {"news", "commentary", "photo-caption", "notice"}, examples = "news") String kind,
        @Schema(examples = "昌吉日报", nullable = true) String source,
        @Schema(examples = "2024-11-29", nullable = true) LocalDate publishedOn,
        String body,
        List<RegionRef> regions,
        List<ProjectRef> projects,
        List<EventDetail> events,
        @Schema(description = "When the article or one of its events last changed", examples = "2026-11-29T10:15:30Z") Instant updatedAt)
        implements LastModified {
}
