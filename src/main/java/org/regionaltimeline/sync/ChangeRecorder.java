package org.regionaltimeline.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Records every created, updated or deleted event, article and project in the compacted change log behind
 * GET /api/changes: one row per entity, moved to a new sequence number on each change. Call inside the writing
 * transaction, so the log and the data commit together.
 */
@ApplicationScoped
public class ChangeRecorder {

    public enum Type { EVENT, ARTICLE, PROJECT }

    public enum Operation { UPSERT, DELETE }

    @Inject
    EntityManager em;

    /** Records entities created in this transaction: they have no row yet, so one multi-row insert does. */
    public void recordNew(Type type, java.util.List<Object> ids) {
        if (ids.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO change_log (seq, entity_type, entity_id, operation, changed_at) VALUES ");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(NEXT VALUE FOR change_seq, :type, :id").append(i).append(", 'upsert', :at)");
        }
        var query = em.createNativeQuery(sql.toString())
                .setParameter("type", type.name().toLowerCase(java.util.Locale.ROOT))
                .setParameter("at", Timestamp.from(Instant.now()));
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("id" + i, String.valueOf(ids.get(i)));
        }
        query.executeUpdate();
    }

    public void record(Type type, Object id, Operation operation) {
        String entityType = type.name().toLowerCase(java.util.Locale.ROOT);
        String entityId = String.valueOf(id);
        Timestamp now = Timestamp.from(Instant.now());
        int updated = em.createNativeQuery("UPDATE change_log SET seq = NEXT VALUE FOR change_seq, operation = :op, changed_at = :at"
                        + " WHERE entity_type = :type AND entity_id = :id")
                .setParameter("op", operation.name().toLowerCase(java.util.Locale.ROOT)).setParameter("at", now)
                .setParameter("type", entityType).setParameter("id", entityId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO change_log (seq, entity_type, entity_id, operation, changed_at)"
                            + " VALUES (NEXT VALUE FOR change_seq, :type, :id, :op, :at)")
                    .setParameter("type", entityType).setParameter("id", entityId)
                    .setParameter("op", operation.name().toLowerCase(java.util.Locale.ROOT)).setParameter("at", now).executeUpdate();
        }
    }
}
