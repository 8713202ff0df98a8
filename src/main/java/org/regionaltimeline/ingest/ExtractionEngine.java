package org.regionaltimeline.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.regionaltimeline.extract.ExtractedPage;
import org.regionaltimeline.extract.Gazetteer;
import org.regionaltimeline.extract.PageExtractor;
import org.regionaltimeline.extract.TemporalExpression;
import org.regionaltimeline.extract.TemporalParser;

import java.time.LocalDate;
import java.util.List;

/** The pure-Java extraction engine as a CDI bean: built once (dictionaries, regexes), thread-safe, shared. */
@ApplicationScoped
public class ExtractionEngine {

    private final PageExtractor pages = new PageExtractor(Gazetteer.loadDefault());
    private final TemporalParser temporal = new TemporalParser();

    public ExtractedPage extract(String text, LocalDate publishedOn) {
        return pages.extract(text, publishedOn);
    }

    public List<TemporalExpression> temporal(String text, LocalDate reference) {
        return temporal.parse(text, reference);
    }
}
