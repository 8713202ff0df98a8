package org.regionaltimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One article cut out of a newspaper page by {@link PageSegmenter}.
 *
 * @param title        main headline (主题); {@code null} for a photo caption printed without a headline, or for a body
 *                     whose headline could not be found on the page
 * @param subtitles    the other headline lines in page order (引题, 副题, column banners); never {@code null}
 * @param byline       the credit as printed, line breaks removed, e.g. {@code 本报讯 记者刘茜、通讯员马蓉报道：},
 *                     {@code 新华社乌鲁木齐11月28日电（记者尚升、杨林）}, {@code □新疆日报评论员}, {@code 本报记者 孙学良 摄};
 *                     a trailing credit such as {@code (人民日报记者…参与采写)} when no leading byline exists; or {@code null}
 * @param dateline     the wire/paper dateline, e.g. {@code 新华社乌鲁木齐11月28日电} (also kept inside {@code byline}); or {@code null}
 * @param source       the outlet the piece is reprinted from, e.g. {@code 新疆日报} (from {@code （据6月25日《新疆日报》）} or
 *                     {@code □石榴云/新疆日报记者}), {@code 新华社} for an agency dateline; {@code null} for the paper's own copy
 * @param kind         news, commentary, photo caption or notice
 * @param body         clean body text: paragraphs separated by {@code "\n"}, broken lines rejoined, byline, page
 *                     furniture, photo credits and continuation markers removed; never {@code null}
 * @param continuation continuation marker without brackets, e.g. {@code 下转第二版} or {@code 上接第一版} (both joined
 *                     with {@code ；} when an article carries two); or {@code null}
 */
public record PageArticle(String title, List<String> subtitles, String byline, String dateline, String source,
                          ArticleKind kind, String body, String continuation) {

    public PageArticle {
        subtitles = subtitles == null ? List.of() : List.copyOf(subtitles);
        Objects.requireNonNull(kind, "kind");
        body = body == null ? "" : body;
    }

    /** Every headline line: the title (if any) followed by the subtitles. */
    public List<String> headlines() {
        if (title == null) {
            return subtitles;
        }
        ArrayList<String> all = new ArrayList<>(subtitles.size() + 1);
        all.add(title);
        all.addAll(subtitles);
        return List.copyOf(all);
    }
}
