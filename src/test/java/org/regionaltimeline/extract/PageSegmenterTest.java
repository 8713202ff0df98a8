package org.regionaltimeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One synthetic page snippet per layout rule. */
class PageSegmenterTest {

    private static String page(String... lines) {
        return String.join("\n", lines);
    }

    private static PageArticle only(List<PageArticle> arts) {
        assertEquals(1, arts.size(), () -> "articles: " + arts);
        return arts.get(0);
    }

    @Test
    void emptyInput() {
        assertTrue(PageSegmenter.segment(null).isEmpty());
        assertTrue(PageSegmenter.segment("").isEmpty());
        assertTrue(PageSegmenter.segment("\n\n总第100期\n今日8版\n").isEmpty());
    }

    @Test
    void headlineBylineAndBody() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "伊宁县举办农民丰收节", "",
                "本报讯(记者 王五)9月22日，伊宁县农民丰收节在英塔木镇开幕。", "",
                "活动现场展示了各类特色农产品。", "",
                "和静县新建10座冷库", "",
                "本报讯 记者赵六报道：近日，和静县10座冷库建成投用。"));
        assertEquals(2, arts.size());
        PageArticle a = arts.get(0);
        assertEquals("伊宁县举办农民丰收节", a.title());
        assertEquals("本报讯(记者 王五)", a.byline());
        assertEquals("9月22日，伊宁县农民丰收节在英塔木镇开幕。\n活动现场展示了各类特色农产品。", a.body());
        assertEquals(ArticleKind.NEWS, a.kind());
        assertEquals("和静县新建10座冷库", arts.get(1).title());
        assertEquals("本报讯 记者赵六报道：", arts.get(1).byline());
        assertEquals("近日，和静县10座冷库建成投用。", arts.get(1).body());
    }

    @Test
    void bylineBrokenOverTwoLinesAndBodyLinesRejoined() {
        PageArticle a = only(PageSegmenter.segment(page(
                "全州首个新能源汽车产业园明年开建", "",
                "本报讯 记者刘茜、通讯员马蓉",
                "报道：11月20日下午，昌吉农高区与",
                "新疆思诺公司签订协议，项目将于2025", "",
                "年4月开工建设。")));
        assertEquals("本报讯 记者刘茜、通讯员马蓉报道：", a.byline());
        assertEquals("11月20日下午，昌吉农高区与新疆思诺公司签订协议，项目将于2025年4月开工建设。", a.body());
    }

    @Test
    void threeLineHeadlineBlockChoosesTheMainTitle() {
        PageArticle a = only(PageSegmenter.segment(page(
                "昌吉州党委常委会召开会议", "",
                "传达学习贯彻习近平总书记重要讲话精神",
                "研究部署城市规划建设、安全稳定工作等", "",
                "本报讯 记者孙学良报道：昌吉州党委常委会11月28日召开会议。")));
        assertEquals("昌吉州党委常委会召开会议", a.title());
        assertEquals(List.of("传达学习贯彻习近平总书记重要讲话精神", "研究部署城市规划建设、安全稳定工作等"), a.subtitles());
    }

    @Test
    void leadInAndDeckLinesAreSubtitles() {
        PageArticle a = only(PageSegmenter.segment(page(
                "贯彻全会精神，我区各地各部门表示——",
                "努力在高质量发展中闯出新路子", "",
                "——各地干部群众热议全会精神", "",
                "□石榴云/新疆日报记者", "",
                "自治区党委十届八次全会举行，各地各部门表示要在高质量发展中闯出新路子。")));
        assertEquals("努力在高质量发展中闯出新路子", a.title());
        assertEquals(List.of("贯彻全会精神，我区各地各部门表示——", "——各地干部群众热议全会精神"), a.subtitles());
        assertEquals("□石榴云/新疆日报记者", a.byline());
        assertEquals("新疆日报", a.source());
    }

    @Test
    void markdownLevelsGiveTheTitleAndStartArticlesWithoutByline() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "# 全区防沙治沙推进会在和田召开", "",
                "## 坚决筑牢北方生态安全屏障", "",
                "6月24日，全区防沙治沙推进会在和田召开。", "",
                "(据6月25日《新疆日报》)", "",
                "## 科普场馆联盟大会在克召开", "",
                "# 助推北疆科普资源整合", "",
                "本报讯(记者李灿雅)6月24日，科普场馆联盟大会开幕。"));
        assertEquals(2, arts.size());
        assertEquals("全区防沙治沙推进会在和田召开", arts.get(0).title());
        assertEquals(List.of("坚决筑牢北方生态安全屏障"), arts.get(0).subtitles());
        assertEquals("新疆日报", arts.get(0).source());
        assertEquals("6月24日，全区防沙治沙推进会在和田召开。", arts.get(0).body());
        assertNull(arts.get(0).byline());
        assertEquals("助推北疆科普资源整合", arts.get(1).title());
        assertEquals(List.of("科普场馆联盟大会在克召开"), arts.get(1).subtitles());
    }

    @Test
    void intraArticleSubheadsStayInTheBody() {
        PageArticle a = only(PageSegmenter.segment(page(
                "天山南北奏响高质量发展“变奏曲”", "",
                "□工人日报记者/徐新星", "",
                "近年来，新疆各地因地制宜，奏响高质量发展的“变奏曲”。", "",
                "老口岸上向西开放新起点", "",
                "“这里有很多国家的免税产品！”市民陈先生说。", "",
                "小甜叶菊变成“摇钱树”", "",
                "种植甜叶菊，让村民们尝到了甜头。")));
        assertEquals("天山南北奏响高质量发展“变奏曲”", a.title());
        assertEquals("工人日报", a.source());
        assertEquals(List.of("近年来，新疆各地因地制宜，奏响高质量发展的“变奏曲”。", "老口岸上向西开放新起点",
                "“这里有很多国家的免税产品！”市民陈先生说。", "小甜叶菊变成“摇钱树”", "种植甜叶菊，让村民们尝到了甜头。"),
                List.of(a.body().split("\n")));
    }

    @Test
    void headlineAfterAnEndedArticleStartsANewOneWithoutByline() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "国冶黄金公司筹建", "",
                "本报讯 中国冶金地质总局将在阿勒泰地区筹建一家公司。", "",
                "(据石榴云/新疆日报)", "",
                "雪域林海间的“火焰蓝”", "",
                "入冬后，消防员们每天在严寒中清雪。"));
        assertEquals(2, arts.size());
        assertEquals("新疆日报", arts.get(0).source());
        assertEquals("本报讯", arts.get(0).byline());
        assertEquals("雪域林海间的“火焰蓝”", arts.get(1).title());
        assertEquals("入冬后，消防员们每天在严寒中清雪。", arts.get(1).body());
    }

    @Test
    void headlineFollowedByADatedLeadStartsANewArticle() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "阿勒泰市召开安全生产会", "",
                "本报讯(记者 张三)5月20日，阿勒泰市召开安全生产会。", "",
                "会议要求各部门压实责任。", "",
                "福海县举办职业技能大赛", "",
                "5月22日，福海县第三届职业技能大赛开幕。"));
        assertEquals(2, arts.size());
        assertEquals("福海县举办职业技能大赛", arts.get(1).title());
    }

    @Test
    void headlinesPrintedAwayFromTheirBodiesArePairedByOverlap() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "本报讯 记者甲报道：11月20日，昌吉农高区与思诺公司签订新能源汽车产业园项目协议，项目总投资7.4亿元。", "",
                "本报讯 记者乙报道：今年，呼图壁县政务服务中心把“高效办成一件事”作为抓手，优化政务服务。", "",
                "全州首个新能源汽车产业园明年开建", "",
                "项目落户昌吉农高区 总投资7.4亿元", "",
                "呼图壁县持续优化政务服务", "",
                "“高效办成一件事”办进群众心坎里", "",
                "本报讯 记者丙报道：11月26日下午，龙头企业对接会在昌吉举行，专家与企业欢聚一堂。"));
        assertEquals(3, arts.size());
        assertEquals("全州首个新能源汽车产业园明年开建", arts.get(0).title());
        assertEquals(List.of("项目落户昌吉农高区 总投资7.4亿元"), arts.get(0).subtitles());
        assertEquals("“高效办成一件事”办进群众心坎里", arts.get(1).title());
        assertEquals(List.of("呼图壁县持续优化政务服务"), arts.get(1).subtitles());
        assertNull(arts.get(2).title(), "no headline of the third story is on the page");
        for (PageArticle a : arts) {
            assertFalse(a.body().contains("明年开建"), a.body());
        }
    }

    @Test
    void headlinePrintedAfterItsBodyGoesToTheBodyWithoutHeadline() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "□石榴云/新疆日报记者", "",
                "自治区党委全会举行，我区各地各部门表示，要在经济社会高质量发展中闯出新路子。", "",
                "贯彻全会精神，我区各地各部门表示——",
                "努力在高质量发展中闯出新路子", "",
                "抓住机遇扬长补短 开创新局面", "",
                "——论贯彻落实全会精神", "",
                "□新疆日报评论员", "",
                "全会指出，要认清形势、抓住机遇，因地制宜、扬长补短。"));
        assertEquals(2, arts.size());
        assertEquals("努力在高质量发展中闯出新路子", arts.get(0).title());
        assertEquals(ArticleKind.NEWS, arts.get(0).kind());
        assertEquals("抓住机遇扬长补短 开创新局面", arts.get(1).title());
        assertEquals(ArticleKind.COMMENTARY, arts.get(1).kind());
        assertEquals("新疆日报", arts.get(1).source());
    }

    @Test
    void titlePrintedOverTwoLinesIsJoined() {
        PageArticle a = only(PageSegmenter.segment(page(
                "我国最大沙漠实现3046公里", "",
                "生态屏障全面锁边“合龙”", "",
                "新华社乌鲁木齐11月28日电",
                "（记者尚升、杨林）28 日上午，塔克拉玛干沙漠",
                "绿色阻沙防护带实现全面锁边“合龙”。")));
        assertEquals("我国最大沙漠实现3046公里生态屏障全面锁边“合龙”", a.title());
        assertEquals("新华社乌鲁木齐11月28日电（记者尚升、杨林）", a.byline());
        assertEquals("新华社乌鲁木齐11月28日电", a.dateline());
        assertEquals("新华社", a.source());
        assertEquals("28 日上午，塔克拉玛干沙漠绿色阻沙防护带实现全面锁边“合龙”。", a.body());
    }

    @Test
    void photoCaptionWithoutHeadline() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "昌吉州党委常委会召开会议", "",
                "本报讯 记者孙学良报道：昌吉州党委常委会11月28日召开会议。", "",
                "", "",
                "近年来，呼图壁县因地制宜，引导农民种植大葱等特色农作物。图为11月16日，农民将采收的大葱装车销售。", "",
                "□本报记者 陶维明摄"));
        assertEquals(2, arts.size());
        PageArticle c = arts.get(1);
        assertEquals(ArticleKind.PHOTO_CAPTION, c.kind());
        assertNull(c.title());
        assertEquals("□本报记者 陶维明摄", c.byline());
        assertTrue(c.body().startsWith("近年来，呼图壁县因地制宜"));
        assertFalse(arts.get(0).body().contains("大葱"));
    }

    @Test
    void photoCaptionWithHeadlineAndInlineCredit() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "爱路护路从我做起", "",
                "日前，福海站派出所联合福海县委政法委，深入辖区学校开展法治宣传教育活动。", "",
                "通讯员 巴特尔汉 摄", "",
                "", "",
                "8月15日，州党委书记来到五家渠市调研。图为调研现场。 本报记者 孙学良 摄"));
        assertEquals(2, arts.size());
        assertEquals("爱路护路从我做起", arts.get(0).title());
        assertEquals(ArticleKind.PHOTO_CAPTION, arts.get(0).kind());
        assertEquals("通讯员 巴特尔汉 摄", arts.get(0).byline());
        assertEquals(ArticleKind.PHOTO_CAPTION, arts.get(1).kind());
        assertEquals("本报记者 孙学良 摄", arts.get(1).byline());
        assertEquals("8月15日，州党委书记来到五家渠市调研。图为调研现场。", arts.get(1).body());
    }

    @Test
    void shortCaptionInsideAnArticleIsDropped() {
        PageArticle a = only(PageSegmenter.segment(page(
                "雪域林海间的“火焰蓝”守护", "",
                "□实习记者 叶丽娜", "",
                "入冬后，消防员们每天在严寒中清雪、巡查执勤。", "",
                "", "",
                "消防站出警救援被困车辆。", "",
                "消防救援站供图", "",
                "禾木景区特色小木屋很受游客喜爱，但也存在电气火灾风险。")));
        assertEquals("入冬后，消防员们每天在严寒中清雪、巡查执勤。\n禾木景区特色小木屋很受游客喜爱，但也存在电气火灾风险。", a.body());
    }

    @Test
    void continuationMarkers() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "天山南北奏响“变奏曲”", "",
                "□工人日报记者/徐新星", "",
                "新疆推动贸易产业向“口岸经济”转变。（下转第二版）", "",
                "在激烈国际竞争中",
                "赢得战略主动", "",
                "(上接第一版)", "",
                "美国《时代》周刊最近发布年度最佳发明榜单。", "",
                "(人民日报记者喻思南、王昊男参与采写)"));
        assertEquals(2, arts.size());
        assertEquals("下转第二版", arts.get(0).continuation());
        assertEquals("新疆推动贸易产业向“口岸经济”转变。", arts.get(0).body());
        PageArticle b = arts.get(1);
        assertEquals("在激烈国际竞争中赢得战略主动", b.title());
        assertEquals("上接第一版", b.continuation());
        assertEquals("(人民日报记者喻思南、王昊男参与采写)", b.byline());
        assertEquals("人民日报", b.source());
        assertEquals("美国《时代》周刊最近发布年度最佳发明榜单。", b.body());
    }

    @Test
    void pageFurnitureAndSlogansAreRemoved() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                " 中共昌吉回族自治州委员会主管主办", "昌吉州融媒体中心出版", "",
                "2023年5月30日", "癸卯年四月十二", "星期二", "", "总第10246期", "今日4版", "",
                "E-mail: aletaibao@126.com", "", "扫描下方二维码客户端", "获取更多新闻资讯", "", "新闻热线：", "0906-2315631", "",
                "阿勒泰地委召开委员会会议", "",
                "奋进强国路奋进强国路 阔步新征程阔步新征程", "",
                "本报讯(记者 胡俊秀)5月29日，阿勒泰地委召开会议。", "",
                "责任编辑：王五"));
        PageArticle a = only(arts);
        assertEquals("阿勒泰地委召开委员会会议", a.title());
        assertTrue(a.subtitles().isEmpty());
        assertEquals("5月29日，阿勒泰地委召开会议。", a.body());
    }

    @Test
    void teasersForOtherPagesAreNotArticles() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "## 今日评点", "", "### 让美丽庭州画卷徐徐展开", "", "◆ 昌平", "",
                "初秋，行走在庭州大地，草木葱茏。", "",
                "## 以生态“含绿量”赢得发展“含金量”", "", "——昌吉州全力推进生态文明建设综述", "", "▲03版/04版▼"));
        PageArticle a = only(arts);
        assertEquals("让美丽庭州画卷徐徐展开", a.title());
        assertTrue(a.subtitles().isEmpty(), "the column label is no subtitle");
        assertEquals(ArticleKind.COMMENTARY, a.kind());
        assertEquals("◆ 昌平", a.byline());
    }

    @Test
    void noticesByTitle() {
        PageArticle a = only(PageSegmenter.segment(page(
                "国冶黄金股份有限公司招聘公告", "",
                "根据工作需要，公司自11月21日起面向社会公开招聘副总经理等岗位。")));
        assertEquals(ArticleKind.NOTICE, a.kind());
        PageArticle news = only(PageSegmenter.segment(page(
                "自治区印发《关于加强冬季安全生产的通知》", "",
                "本报讯 近日，自治区印发通知，部署冬季安全生产工作。")));
        assertEquals(ArticleKind.NEWS, news.kind());
    }

    @Test
    void wideTextWithoutBlankLines() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "伊宁县举办农民丰收节",
                "本报讯(记者 王五)9月22日，伊宁县农民丰收节在英塔木镇开幕，来自全县各乡镇的农民代表和游客参加了活动，现场展示了各类特色农产品。",
                "活动期间，还举办了农产品展销、农民趣味运动会、文艺演出等系列活动，吸引了大批群众和游客前来观看，现场气氛热烈。",
                "和静县新建10座冷库",
                "本报讯 记者赵六报道：近日，和静县10座冷库建成投用，新增冷藏能力2万吨，可满足全县果蔬错峰销售需求，带动农民增收。"));
        assertEquals(2, arts.size());
        assertEquals("伊宁县举办农民丰收节", arts.get(0).title());
        assertEquals(2, arts.get(0).body().split("\n").length);
        assertEquals("和静县新建10座冷库", arts.get(1).title());
    }

    @Test
    void textWithCrlfAndFullWidthSpaces() {
        PageArticle a = only(PageSegmenter.segment("伊宁县举办农民丰收节\r\n\r\n本报讯（记者\u3000王五）9月22日，丰收节开幕。\r\n"));
        assertEquals("本报讯（记者 王五）", a.byline());
        assertEquals("9月22日，丰收节开幕。", a.body());
    }

    @Test
    void mastheadLinesAreNeitherTitlesNorSubtitles() {
        PageArticle a = only(PageSegmenter.segment(page(
                "伊犁日报", "", "2024年7月12日 星期五", "", "第12345期 今日8版", "", "伊犁哈萨克自治州党委机关报", "",
                "州党委召开理论学习中心组学习会", "",
                "本报伊宁讯（记者 阿依努尔）7月11日，州党委理论学习中心组召开学习会。")));
        assertEquals("州党委召开理论学习中心组学习会", a.title());
        assertTrue(a.subtitles().isEmpty(), a.subtitles().toString());
        assertEquals("本报伊宁讯", a.dateline());
    }

    @Test
    void twoLineHeadlineWithAColonLead() {
        PageArticle a = only(PageSegmenter.segment(page(
                "察布查尔县：", "特色农产品走俏市场", "",
                "本报察布查尔讯（通讯员 张丽）日前，察布查尔县的大米、辣椒等特色农产品销往全国各地。")));
        assertEquals("察布查尔县：特色农产品走俏市场", a.title());
    }

    @Test
    void narrowColumnTitleWrappedOverTwoLinesAndATimeFrameLeadIn() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "三八妇女节前夕", "喀什地区表彰", "一批巾帼建功先进集体和个人", "",
                "本报讯 记者阿不都", "热合曼报道：3月4日，喀什地区庆祝", "“三八”国际妇女节暨表彰大会召", "开。", "",
                "莎车县巴旦木", "种植面积达百万亩", "",
                "本报讯 通讯员李华报道：近年", "来，莎车县大力发展巴旦木产业。"));
        assertEquals(2, arts.size());
        assertEquals("喀什地区表彰一批巾帼建功先进集体和个人", arts.get(0).title());
        assertEquals(List.of("三八妇女节前夕"), arts.get(0).subtitles());
        assertEquals("本报讯 记者阿不都热合曼报道：", arts.get(0).byline());
        assertEquals("莎车县巴旦木种植面积达百万亩", arts.get(1).title());
        assertEquals("近年来，莎车县大力发展巴旦木产业。", arts.get(1).body());
    }

    @Test
    void aNoticeHeadlineAlwaysStartsAnArticle() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "察布查尔县特色农产品走俏市场", "",
                "本报讯 日前，察布查尔县特色农产品销往全国各地。", "",
                "奎屯市招聘社区工作者公告", "",
                "根据工作需要，奎屯市面向社会公开招聘社区工作者50名。", "",
                "联系电话：0992-3221234"));
        assertEquals(2, arts.size());
        assertEquals(ArticleKind.NOTICE, arts.get(1).kind());
        assertEquals("根据工作需要，奎屯市面向社会公开招聘社区工作者50名。\n联系电话：0992-3221234", arts.get(1).body());
    }

    @Test
    void markdownSubheadsAndRulesInsideAnArticle() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "# 自治区召开全区经济工作会议", "",
                "**新华社乌鲁木齐12月20日电（记者 张三）** 12月19日至20日，自治区党委经济工作会议在乌鲁木齐召开。", "",
                "### 一、坚持稳中求进", "",
                "会议指出，要坚持稳中求进工作总基调。", "",
                "---", "",
                "# 乌鲁木齐地铁2号线全线贯通", "",
                "本报讯（记者 李四）12月18日，乌鲁木齐地铁2号线全线贯通。"));
        assertEquals(2, arts.size());
        assertEquals("新华社乌鲁木齐12月20日电", arts.get(0).dateline());
        assertEquals(List.of("12月19日至20日，自治区党委经济工作会议在乌鲁木齐召开。", "一、坚持稳中求进", "会议指出，要坚持稳中求进工作总基调。"),
                List.of(arts.get(0).body().split("\n")));
        assertEquals("乌鲁木齐地铁2号线全线贯通", arts.get(1).title());
        assertTrue(arts.get(1).subtitles().isEmpty());
    }

    @Test
    void wideTextWithoutBlankLinesHoldingTwoHeadlinesInOneBlock() {
        List<PageArticle> arts = PageSegmenter.segment(page(
                "□石榴云/新疆日报记者",
                "自治区党委全会举行，我区各地各部门纷纷表示，要在经济社会高质量发展中闯出新路子，迈上新台阶，奋力推进中国式现代化新疆实践。",
                "贯彻全会精神，我区各地各部门表示——",
                "努力在高质量发展中闯出新路子",
                "抓住机遇扬长补短 开创新局面",
                "——论贯彻落实全会精神",
                "□新疆日报评论员",
                "全会指出，要认清形势、抓住机遇，因地制宜、扬长补短，彰显了坚持系统思维、辩证思维，下好高质量发展一盘棋的战略考量。"));
        assertEquals(2, arts.size());
        assertEquals("努力在高质量发展中闯出新路子", arts.get(0).title());
        assertEquals("抓住机遇扬长补短 开创新局面", arts.get(1).title());
        assertEquals(List.of("——论贯彻落实全会精神"), arts.get(1).subtitles());
    }
}
