package org.regionaltimeline.ingest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.extract.ExtractedPage;
import org.regionaltimeline.extract.Gazetteer;
import org.regionaltimeline.extract.PageExtractor;
import org.regionaltimeline.extract.TemporalExpression;
import org.regionaltimeline.extract.TemporalParser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pure-Java extraction engine as a CDI bean: built once (dictionaries, regexes), thread-safe, shared.
 * Extraction is CPU work on text from clients, so it is bounded twice: at most {@code timeline.extract.max-concurrent}
 * extractions run at a time (each on its own thread, so no request can hold more than one core), and a request that
 * does not get its result within {@code timeline.extract.timeout} gets a 503 problem instead of waiting on. Page length
 * is bounded as well (PageLimits), which keeps a single extraction to a few seconds.
 */
@ApplicationScoped
public class ExtractionEngine {

    private final PageExtractor pages = new PageExtractor(Gazetteer.loadDefault());
    private final TemporalParser temporal = new TemporalParser();
    private final Semaphore running;
    private final ExecutorService workers;
    private final Duration timeout;

    public ExtractionEngine(@ConfigProperty(name = "timeline.extract.timeout", defaultValue = "30s") Duration timeout,
                            @ConfigProperty(name = "timeline.extract.max-concurrent", defaultValue = "2") int maxConcurrent) {
        this.timeout = timeout;
        this.running = new Semaphore(maxConcurrent, true);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(maxConcurrent, r -> {
            Thread t = new Thread(r, "extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public ExtractedPage extract(String text, LocalDate publishedOn) {
        return bounded(() -> pages.extract(text, publishedOn));
    }

    public List<TemporalExpression> temporal(String text, LocalDate reference) {
        return bounded(() -> temporal.parse(text, reference));
    }

    private <T> T bounded(Callable<T> work) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!running.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy("the extraction engine is busy with other pages; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("interrupted while waiting for the extraction engine");
        }
        Future<T> result;
        try {
            // the permit is released when the work really ends, so work that outlives its request still counts
            result = workers.submit(() -> {
                try {
                    return work.call();
                } finally {
                    running.release();
                }
            });
        } catch (RuntimeException e) {
            running.release();
            throw e;
        }
        try {
            return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw busy("extracting this page took longer than " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw busy("interrupted while extracting");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ApiException busy(String detail) {
        return new ApiException(503, "extraction-timeout", "Extraction unavailable", detail, null);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
