package org.regionaltimeline.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.WriteGate;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bulk import of structured articles from NDJSON (one {@link ArticleInput} per line), for loading archives and
 * benchmark data sets. Every line goes through the same steps as {@code POST /api/articles}: bean validation, date
 * validation ({@link ArticleService#toNewArticle}) and {@link ArticleStore#store} (region check, content-hash
 * dedupe, events, figures, region/project links, change log), so an imported article is stored exactly as if it had
 * been posted alone.
 *
 * <p>Semantics: lines are independent. Valid lines are committed in batches of {@link #BATCH} articles, one
 * transaction per batch through the {@link WriteGate}; a line that cannot be parsed, fails validation or is
 * refused by the store is rejected (reported with its 1-based line number and the reason) and the other lines still
 * land. If a batch fails for a reason not tied to one line, it is rolled back and replayed one article per
 * transaction, so only the offending lines are rejected. Blank lines are skipped.
 */
@ApplicationScoped
public class ArticleImporter {

    /** Articles per transaction. */
    public static final int BATCH = 500;
    /** Longest accepted line in characters (an article body is at most 200,000 characters). */
    static final int MAX_LINE = 1_000_000;
    /** Rejected lines listed in the report at most (the count is always exact). */
    static final int MAX_REPORTED = 1000;

    private static final Logger LOG = Logger.getLogger(ArticleImporter.class);

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    ArticleStore store;

    @Inject
    WriteGate gate;

    @Inject
    EntityManager em;

    /** What an import did. */
    public record Report(long received, long created, long unchanged, long rejected, long events, List<LineError> errors) {
    }

    /** A rejected line. */
    public record LineError(long line, String reason) {
    }

    private record Parsed(long line, NewArticle article) {
    }

    private static final class Counts {
        long received;
        long created;
        long unchanged;
        long rejected;
        long events;
        final List<LineError> errors = new ArrayList<>();

        void reject(long line, String reason) {
            rejected++;
            if (errors.size() < MAX_REPORTED) {
                errors.add(new LineError(line, reason));
            }
        }
    }

    /** Reads the NDJSON stream to its end; 400 when it holds no line at all or is a JSON array instead of NDJSON. */
    public Report importNdjson(BufferedReader in) throws IOException {
        Counts counts = new Counts();
        List<Parsed> batch = new ArrayList<>(BATCH);
        long lineNo = 0;
        boolean first = true;
        String line;
        while ((line = readLine(in)) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (first) {
                first = false;
                if (line.stripLeading().startsWith("[")) {
                    throw ApiException.invalidParam("body", "expected NDJSON (one JSON object per line), got a JSON array");
                }
            }
            counts.received++;
            if (line.length() > MAX_LINE) {
                counts.reject(lineNo, "line longer than " + MAX_LINE + " characters");
                continue;
            }
            NewArticle article = parse(line, lineNo, counts);
            if (article == null) {
                continue;
            }
            batch.add(new Parsed(lineNo, article));
            if (batch.size() >= BATCH) {
                flush(batch, counts);
            }
        }
        flush(batch, counts);
        if (counts.received == 0) {
            throw ApiException.invalidParam("body", "no article: the body has no NDJSON line");
        }
        counts.errors.sort(Comparator.comparingLong(LineError::line));
        return new Report(counts.received, counts.created, counts.unchanged, counts.rejected, counts.events, counts.errors);
    }

    private NewArticle parse(String line, long lineNo, Counts counts) {
        ArticleInput input;
        try {
            input = json.readValue(line, ArticleInput.class);
        } catch (MismatchedInputException e) {
            counts.reject(lineNo, e.getPath().isEmpty() ? "not an article object"
                    : "field '" + e.getPathReference().replaceAll("^.*\\[\"?|\"?\\]$", "") + "' has the wrong type or form");
            return null;
        } catch (JsonProcessingException e) {
            counts.reject(lineNo, "not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        if (input == null) {
            counts.reject(lineNo, "not an article object");
            return null;
        }
        Set<ConstraintViolation<ArticleInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            counts.reject(lineNo, violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted(Comparator.naturalOrder()).collect(Collectors.joining("; ")));
            return null;
        }
        try {
            return ArticleService.toNewArticle(ArticleInputs.clean(input));
        } catch (ApiException e) {
            counts.reject(lineNo, e.getMessage());
            return null;
        }
    }

    private void flush(List<Parsed> batch, Counts counts) {
        if (batch.isEmpty()) {
            return;
        }
        List<Object> outcomes;
        try {
            outcomes = gate.write(() -> storeAll(batch));
        } catch (RuntimeException e) {
            LOG.warnf("import batch of %d articles (lines %d-%d) failed (%s); replaying one by one", batch.size(),
                    batch.get(0).line(), batch.get(batch.size() - 1).line(), e.toString());
            outcomes = new ArrayList<>(batch.size());
            for (Parsed p : batch) {
                try {
                    outcomes.add(gate.write(() -> storeAll(List.of(p)).get(0)));
                } catch (RuntimeException single) {
                    outcomes.add(single instanceof ApiException api ? api : new IllegalStateException(rootMessage(single)));
                }
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            Object outcome = outcomes.get(i);
            if (outcome instanceof ArticleStore.Stored s) {
                if (s.created()) {
                    counts.created++;
                    counts.events += s.events();
                } else {
                    counts.unchanged++;
                }
            } else {
                counts.reject(batch.get(i).line(), ((RuntimeException) outcome).getMessage());
            }
        }
        batch.clear();
    }

    /**
     * Stores the batch in the current transaction: a {@link ArticleStore.Stored} per article, or the ApiException that
     * refused it (the store checks regions before writing anything). The persistence context is flushed and cleared
     * after each article, so it never grows with the batch (Hibernate dirty-checks every managed entity on each flush).
     */
    private List<Object> storeAll(List<Parsed> batch) {
        List<Object> outcomes = new ArrayList<>(batch.size());
        for (Parsed p : batch) {
            try {
                outcomes.add(store.store(p.article()));
            } catch (ApiException e) {
                outcomes.add(e);
            }
            em.flush();
            em.clear();
        }
        return outcomes;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** BufferedReader.readLine, but a line over MAX_LINE is consumed and returned truncated to MAX_LINE + 1 chars. */
    private static String readLine(BufferedReader in) throws IOException {
        StringBuilder sb = null;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (sb == null) {
                sb = new StringBuilder(256);
            }
            if (sb.length() <= MAX_LINE) {
                sb.append((char) c);
            }
        }
        if (c == -1 && sb == null) {
            return null;
        }
        if (sb == null) {
            return "";
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }
}
