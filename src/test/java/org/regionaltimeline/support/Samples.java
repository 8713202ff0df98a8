package org.regionaltimeline.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The five real sample pages (src/main/resources/samples) with their issue dates and newspapers. */
public final class Samples {

    public record Page(String file, String publishedOn, String source, String text) {
    }

    private Samples() {
    }

    public static List<Page> pages() {
        return read("/samples/pages.tsv").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(p -> new Page(p[0], p[1], p[2], read("/samples/" + p[0])))
                .toList();
    }

    public static String read(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
