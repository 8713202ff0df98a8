package org.regionaltimeline.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the matcher over the five sample pages and compares, per page, the Xinjiang codes found with the union of
 * the gold articles' {@code regions} (shared/devset/gold). Skipped when the gold files are not beside the checkout.
 */
class RegionSeedRecallTest {

    static final String[] PAGES = {"000_84a1a8aa8686b5d5", "001_a45c2ef3848ceed6", "002_f2234381d2a682df",
            "003_866f447bb80f8337", "004_f1df0501b3d9ac6f"};
    private static final Pattern GOLD_CODE = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{6})\"");

    static String page(String id) throws IOException {
        try (InputStream in = RegionSeedRecallTest.class.getResourceAsStream("/samples/" + id + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Path goldDir() {
        String prop = System.getProperty("devset.gold");
        List<Path> candidates = new ArrayList<>();
        if (prop != null) {
            candidates.add(Path.of(prop));
        }
        candidates.add(Path.of("../shared/devset/gold"));
        candidates.add(Path.of("shared/devset/gold"));
        candidates.add(Path.of("/work/shared/devset/gold"));
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void xinjiangRecallOnSeedPages() throws IOException {
        Path gold = goldDir();
        Assumptions.assumeTrue(gold != null, "shared/devset/gold not found");
        RegionMatcher m = RegionMatcher.defaultMatcher();
        int goldTotal = 0, found = 0, extrasTotal = 0, otherGold = 0, otherFound = 0;
        StringBuilder report = new StringBuilder();
        long nanos = 0;
        for (String id : PAGES) {
            String text = page(id);
            Set<String> goldCodes = new TreeSet<>();
            Matcher gm = GOLD_CODE.matcher(Files.readString(gold.resolve(id + ".json")));
            while (gm.find()) {
                goldCodes.add(gm.group(1));
            }
            long t0 = System.nanoTime();
            List<RegionMention> mentions = m.find(text);
            nanos += System.nanoTime() - t0;
            Set<String> got = mentions.stream().map(x -> x.place().code()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> goldXj = goldCodes.stream().filter(c -> c.startsWith("65")).collect(Collectors.toCollection(TreeSet::new));
            Set<String> missed = new TreeSet<>(goldXj);
            missed.removeAll(got);
            Set<String> extras = got.stream().filter(c -> c.startsWith("65") && !goldXj.contains(c))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> goldOther = new TreeSet<>(goldCodes);
            goldOther.removeAll(goldXj);
            Set<String> otherHit = new TreeSet<>(goldOther);
            otherHit.retainAll(got);
            Set<String> otherExtras = got.stream().filter(c -> !c.startsWith("65") && !goldOther.contains(c))
                    .collect(Collectors.toCollection(TreeSet::new));
            goldTotal += goldXj.size();
            found += goldXj.size() - missed.size();
            extrasTotal += extras.size();
            otherGold += goldOther.size();
            otherFound += otherHit.size();
            report.append(String.format("%s  xj gold=%d found=%d missed=%s extras=%s | other gold=%s hit=%s extras=%s%n",
                    id, goldXj.size(), goldXj.size() - missed.size(), names(m, missed), names(m, extras),
                    names(m, goldOther), names(m, otherHit), names(m, otherExtras)));
            for (RegionMention x : mentions) {
                report.append("    ").append(x.offset()).append(' ').append(x.text()).append(" -> ")
                        .append(x.place()).append('\n');
            }
        }
        double recall = (double) found / goldTotal;
        report.append(String.format("Xinjiang recall %d/%d = %.3f, Xinjiang extras %d; other gold %d/%d; %.2f ms for 5 pages%n",
                found, goldTotal, recall, extrasTotal, otherFound, otherGold, nanos / 1e6));
        System.out.println(report);
        assertTrue(recall >= 0.9, "recall " + recall + "\n" + report);
        assertTrue(extrasTotal <= 12, "too many Xinjiang extras\n" + report);
    }

    private static String names(RegionMatcher m, Set<String> codes) {
        return codes.stream().map(c -> m.gazetteer().byCode(c).map(Place::toString).orElse(c))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
