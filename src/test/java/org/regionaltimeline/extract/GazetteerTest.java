package org.regionaltimeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.loadDefault();

    private Place place(String code) {
        return g.byCode(code).orElseThrow(() -> new AssertionError("missing " + code));
    }

    @Test
    void loadsAllDivisionsOnce() {
        assertSame(g, Gazetteer.loadDefault());
        assertTrue(g.size() > 3200 && g.size() < 3450, "size " + g.size());
        Map<RegionLevel, Long> byLevel = g.all().stream()
                .collect(Collectors.groupingBy(Place::level, Collectors.counting()));
        assertEquals(31, byLevel.get(RegionLevel.PROVINCE));
        assertTrue(byLevel.get(RegionLevel.PREFECTURE) >= 330, "prefectures " + byLevel);
        assertTrue(byLevel.get(RegionLevel.COUNTY) > 2800, "counties " + byLevel);
        for (Place p : g.all()) {
            assertFalse(Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划").contains(p.name()), p.toString());
            assertEquals(6, p.code().length(), p.toString());
            if (p.level() == RegionLevel.PROVINCE) {
                assertNull(p.parentCode());
            } else {
                assertTrue(g.byCode(p.parentCode()).isPresent(), p.toString());
                assertFalse(p.code().equals(p.parentCode()), p.toString());
            }
        }
    }

    @Test
    void xinjiangStructure() {
        Place xj = place("650000");
        assertEquals("新疆维吾尔自治区", xj.name());
        assertEquals("新疆", xj.shortName());
        assertEquals(RegionLevel.PROVINCE, xj.level());
        assertEquals(List.of("652301", "652302", "652323", "652324", "652325", "652327", "652328"),
                g.children("652300").stream().map(Place::code).toList());
        List<String> xpcc = List.of("659001", "659002", "659003", "659004", "659005", "659006", "659007", "659008",
                "659009", "659010", "659011", "659012");
        for (String code : xpcc) {
            Place city = place(code);
            assertEquals(RegionLevel.COUNTY, city.level());
            assertEquals("650000", city.parentCode(), code);
        }
        assertEquals("五家渠市", place("659004").name());
        assertEquals("昆玉市", place("659009").name());
        assertEquals("白杨市", place("659012").name());
        // municipalities: districts are counties under the province-level city
        assertEquals("110000", place("110105").parentCode());
        assertEquals(RegionLevel.COUNTY, place("110105").level());
        // 东莞/中山 have no counties; the package's duplicate rows must not clobber the prefecture
        assertEquals(RegionLevel.PREFECTURE, place("441900").level());
        assertEquals("440000", place("441900").parentCode());
    }

    @Test
    void ancestorsAndWithin() {
        assertEquals(List.of("652300", "650000"), g.ancestors(place("652323")).stream().map(Place::code).toList());
        assertEquals(List.of("650000"), g.ancestors(place("659004")).stream().map(Place::code).toList());
        assertEquals(List.of(), g.ancestors(place("650000")));
        assertTrue(g.isWithin("652323", "650000"));
        assertTrue(g.isWithin("652323", "652300"));
        assertTrue(g.isWithin("652300", "652300"));
        assertFalse(g.isWithin("652300", "652323"));
        assertFalse(g.isWithin("110105", "650000"));
        assertFalse(g.isWithin("999999", "650000"));
    }

    @Test
    void shortNamesAndAliases() {
        assertEquals("昌吉州", place("652300").shortName());
        assertTrue(place("652300").aliases().containsAll(List.of("昌吉州", "昌吉", "庭州")));
        assertEquals("伊犁州", place("654000").shortName());
        assertTrue(place("654000").aliases().containsAll(List.of("伊犁州", "伊犁")));
        assertEquals("阿勒泰", place("654300").shortName());
        assertEquals("和田", place("653200").shortName());
        assertEquals("呼图壁", place("652323").shortName());
        assertEquals("木垒", place("652328").shortName());
        assertTrue(place("652328").aliases().containsAll(List.of("木垒县", "木垒")));
        assertEquals("巴州", place("652800").shortName());
        assertTrue(place("659004").aliases().containsAll(List.of("第六师", "六师", "兵团第六师", "第6师")));
        assertTrue(place("659009").aliases().containsAll(List.of("第十四师", "兵团第十四师", "第14师")));
        assertTrue(place("659002").aliases().contains("第一师"));
        assertFalse(place("659002").aliases().contains("一师"), "一师 is too common a word");
        // common words are never aliases
        assertFalse(place("650102").aliases().contains("天山"));
        assertFalse(place("440300").aliases().isEmpty());
        assertFalse(place("140400").aliases().contains("长治"));
        assertTrue(place("610100").aliases().contains("西安"));
        assertTrue(place("130000").aliases().contains("河北"));
    }

    @Test
    void localPlacesMapToCounties() {
        Map<String, LocalPlace> byName = g.localPlaces().stream()
                .collect(Collectors.toMap(LocalPlace::name, Function.identity()));
        assertEquals("654023", byName.get("三官乡").countyCode());
        assertEquals("654023", byName.get("三宫乡").countyCode());
        assertEquals("653223", byName.get("皮亚勒玛乡").countyCode());
        assertEquals("654321", byName.get("喀纳斯").countyCode());
        assertEquals("654321", byName.get("禾木").countyCode());
        assertEquals("654321", byName.get("贾登峪").countyCode());
        assertEquals("654201", byName.get("巴克图口岸").countyCode());
        assertEquals("landmark", byName.get("巴克图口岸").kind());
        assertEquals("659001", byName.get("一五二团").countyCode());
        assertEquals("659001", byName.get("152团").countyCode());
        assertEquals("regiment", byName.get("152团").kind());
        assertEquals("township", byName.get("三宫乡").kind());
        for (LocalPlace lp : g.localPlaces()) {
            assertTrue(lp.countyCode().startsWith("65"), lp.toString());
            assertEquals(RegionLevel.COUNTY, place(lp.countyCode()).level(), lp.toString());
        }
        assertTrue(g.localPlaces().size() > 800, "local places " + g.localPlaces().size());
    }

    @Test
    void loadsCustomStreamsAndRejectsBrokenRows() {
        String regions = "# comment\n650000\t新疆维吾尔自治区\t新疆\tprovince\t\t新疆\n"
                + "652300\t昌吉回族自治州\t昌吉州\tprefecture\t650000\t昌吉州|昌吉\n"
                + "652323\t呼图壁县\t呼图壁\tcounty\t652300\t呼图壁\n";
        String places = "雀尔沟镇\t652323\ttownship\n";
        Gazetteer small = Gazetteer.load(stream(regions), stream(places));
        assertEquals(3, small.size());
        assertEquals(List.of("昌吉州", "昌吉"), small.byCode("652300").orElseThrow().aliases());
        assertEquals(1, small.localPlaces().size());
        assertTrue(Gazetteer.load(stream(regions), null).localPlaces().isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(stream("652323\t呼图壁县\t呼图壁\tcounty\t652300\t\n"), null));
        assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(stream(regions), stream("某镇\t999999\ttownship\n")));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
