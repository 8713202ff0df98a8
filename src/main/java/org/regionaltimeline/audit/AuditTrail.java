package org.regionaltimeline.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Records every change in the audit trail, inside the writing transaction so the entry commits with the change.
 * The actor is the authenticated user; work without a caller (sample data at start-up) is recorded as "system".
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    ObjectMapper json;

    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = actor();
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.beforeState = toJson(before);
        entry.afterState = toJson(after);
        entry.persist();
    }

    public String actor() {
        try {
            SecurityIdentity current = identity.get();
            return current == null || current.isAnonymous() ? SYSTEM : current.getPrincipal().getName();
        } catch (ContextNotActiveException e) {
            return SYSTEM;
        }
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record audit state", e);
        }
    }
}
