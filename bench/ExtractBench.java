import org.regionaltimeline.extract.Gazetteer;
import org.regionaltimeline.extract.PageExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction engine alone (no HTTP, no database): pages through PageExtractor, warm, round after round.
 * Run by bench/extract.sh: java -cp <classes>:<pinyin4j> bench/ExtractBench.java <pages dir> <rounds>
 */
public class ExtractBench {
    public static void main(String[] args) throws Exception {
        PageExtractor extractor = new PageExtractor(Gazetteer.loadDefault());
        List<String> pages = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(Files.readString(p));
            }
        }
        long chars = pages.stream().mapToLong(String::length).sum();
        long bytes = pages.stream().mapToLong(p -> p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        int rounds = Integer.parseInt(args[1]);
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (String page : pages) {
                extractor.extract(page, LocalDate.of(2024, 11, 29));
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            best = Math.min(best, ms);
            System.out.printf("round %2d: %d pages, %d chars (%d KB UTF-8) in %.1f ms = %.0f chars/s%n",
                    r + 1, pages.size(), chars, bytes / 1024, ms, chars / (ms / 1000));
        }
        System.out.printf("best: %.1f ms for all pages = %.0f chars/s, %.1f pages/s%n", best, chars / (best / 1000), pages.size() / (best / 1000));
    }
}
