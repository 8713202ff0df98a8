package org.regionaltimeline.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A structured article with its events, as sent by clients that extracted them already (POST /api/articles). */
@Schema(name = "ArticleInput")
public record ArticleInput(
        @Size(max = 100) @Schema(description = "Newspaper", examples = "昌吉日报") String source,
        @Schema(examples = "2024-11-29") LocalDate publishedOn,
        @Size(max = 500) @Schema(examples = "全州首个新能源汽车产业园明年开建") String title,
        @Size(max = 1000) @Schema(examples = "项目落户昌吉农高区 总投资7.4亿元") String subtitle,
        @Size(max = 500) @Schema(examples = "本报讯 记者刘茜、通讯员马蓉报道：") String byline,
        @Size(max = 200) String dateline,
        @Pattern(regexp = "news|commentary|photo-caption|notice", message = "must be news, commentary, photo-caption or notice")
        @Schema(enumeration = {"news", "commentary", "photo-caption", "notice"}, examples = "news") String kind,
        @NotBlank @Size(max = 200_000) @Schema(examples = "11月20日下午，昌吉国家农业高新技术产业示范区与新疆思诺供应链管理有限公司签订亚欧新能源汽车供应链智慧物流产业园项目投资协议书。") String body,
        @Size(max = 50) List<@Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code") String> regions,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> projects,
        @Size(max = 500) List<@Valid EventInput> events) {
}
