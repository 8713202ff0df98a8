package org.regionaltimeline.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Creates the first admin at start-up when the database has no users, from {@code timeline.admin.username} and
 * {@code timeline.admin.password} (environment: TIMELINE_ADMIN_USERNAME, TIMELINE_ADMIN_PASSWORD). There is no
 * built-in password: without one the service starts read-only and says so.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @Inject
    AccountService accounts;

    @ConfigProperty(name = "timeline.admin.username", defaultValue = "admin")
    String username;

    @ConfigProperty(name = "timeline.admin.password")
    Optional<String> password;

    void onStart(@Observes StartupEvent start) {
        if (accounts.hasUsers()) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warn("No users yet and no TIMELINE_ADMIN_PASSWORD set: the API is read-only until an admin is configured");
            return;
        }
        try {
            accounts.createUser(new UserInput(username, password.get(), Roles.ADMIN));
        } catch (org.regionaltimeline.api.ApiException e) {
            // a misconfigured first admin stops the start: better than a service nobody can administer
            throw new IllegalStateException("cannot create the first admin from TIMELINE_ADMIN_USERNAME/TIMELINE_ADMIN_PASSWORD: "
                    + e.getMessage(), e);
        }
        LOG.infof("Created the first admin '%s' from configuration", username);
    }
}
