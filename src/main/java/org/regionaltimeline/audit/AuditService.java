package org.regionaltimeline.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.CursorCodec;
import org.regionaltimeline.api.Keyset;
import org.regionaltimeline.api.ListPage;
import org.regionaltimeline.api.Paging;

import java.util.ArrayList;
import java.util.List;

/** Reads the audit trail, newest first, by keyset on the entry id. */
@ApplicationScoped
public class AuditService {

    @Inject
    ObjectMapper json;

    public ListPage<AuditRecord> list(String entityType, String entityId, String actor, String cursor, int limit) {
        String scope = "audit|" + entityType + "|" + entityId + "|" + actor;
        Keyset keyset = CursorCodec.decode(scope, cursor);
        boolean forward = keyset == null || keyset.forward();
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (entityType != null && !entityType.isBlank()) {
            where.append(" and entityType = :type");
            params.and("type", entityType);
        }
        if (entityId != null && !entityId.isBlank()) {
            where.append(" and entityId = :id");
            params.and("id", entityId);
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" and actor = :actor");
            params.and("actor", actor);
        }
        if (keyset != null) {
            long key;
            try {
                key = Long.parseLong(keyset.id());
            } catch (NumberFormatException e) {
                throw ApiException.invalidParam("cursor", "not a cursor issued by this API");
            }
            where.append(forward ? " and id < :key" : " and id > :key");
            params.and("key", key);
        }
        where.append(forward ? " order by id desc" : " order by id asc");
        List<AuditEntry> rows = AuditEntry.<AuditEntry>find(where.toString(), params).page(0, limit + 1).list();
        List<AuditRecord> records = new ArrayList<>(rows.size());
        for (AuditEntry e : rows) {
            records.add(new AuditRecord(e.id, e.at, e.actor, e.action, e.entityType, e.entityId, parse(e.beforeState), parse(e.afterState)));
        }
        return Paging.assemble(records, limit, keyset, scope, r -> new Keyset(String.valueOf(r.id()), String.valueOf(r.id()), true));
    }

    private Object parse(String state) {
        if (state == null) {
            return null;
        }
        try {
            return json.readValue(state, Object.class);
        } catch (JsonProcessingException e) {
            return state;
        }
    }
}
