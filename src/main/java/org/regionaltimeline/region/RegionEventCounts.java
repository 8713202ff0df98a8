package org.regionaltimeline.region;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Visible events per region (links include ancestors, so a prefecture counts its counties' events), for every region
 * at once. Counting per request is a scan of the link table: fine at ten thousand events, seconds at a million. So the
 * counts are one snapshot, recomputed when the change log has moved: at once while that is cheap, and in the
 * background once a count takes longer than {@link #SYNC_LIMIT_MS} — then lists show the previous counts for the few
 * seconds the new ones take, which is what a count badge on a region list can afford.
 */
@ApplicationScoped
public class RegionEventCounts {

    private static final Logger LOG = Logger.getLogger(RegionEventCounts.class);
    static final long SYNC_LIMIT_MS = 250;

    private record Snapshot(Map<String, Long> counts, long changeSeq, long tookMs) {
    }

    @Inject
    EntityManager em;

    @Inject
    ManagedExecutor executor;

    private volatile Snapshot snapshot;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** The counts of these regions (0 for regions without events). */
    public Map<String, Long> of(List<String> codes) {
        Snapshot current = current();
        Map<String, Long> result = new HashMap<>();
        for (String code : codes) {
            result.put(code, current.counts().getOrDefault(code, 0L));
        }
        return result;
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        long seq = changeSeq();
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = compute(seq);
                }
                return snapshot;
            }
        }
        if (current.changeSeq() == seq) {
            return current;
        }
        if (current.tookMs() <= SYNC_LIMIT_MS) {
            Snapshot fresh = compute(seq);
            snapshot = fresh;
            return fresh;
        }
        if (refreshing.compareAndSet(false, true)) {
            executor.runAsync(() -> {
                try {
                    Snapshot fresh = QuarkusTransaction.requiringNew().call(() -> compute(changeSeq()));
                    snapshot = fresh;
                } catch (RuntimeException e) {
                    LOG.warn("region event counts not refreshed", e);
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return current;
    }

    private long changeSeq() {
        Object max = em.createNativeQuery("SELECT MAX(seq) FROM change_log").getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }

    private Snapshot compute(long seq) {
        long start = System.nanoTime();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT er.region_code, COUNT(*) FROM event_region er"
                + " JOIN event e ON e.id = er.event_id JOIN article a ON a.id = e.article_id"
                + " WHERE e.hidden = FALSE AND a.hidden = FALSE GROUP BY er.region_code").getResultList();
        Map<String, Long> counts = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        if (tookMs > SYNC_LIMIT_MS) {
            LOG.debugf("region event counts took %d ms: refreshed in the background from now on", tookMs);
        }
        return new Snapshot(Map.copyOf(counts), seq, tookMs);
    }
}
