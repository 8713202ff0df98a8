package org.regionaltimeline.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regionaltimeline.api.ApiException;
import org.regionaltimeline.api.WriteGate;
import org.regionaltimeline.audit.AuditTrail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Users and their API tokens: creation, checks at sign-in, disabling and revocation, each audited. */
@ApplicationScoped
public class AccountService {

    /** A verified caller. */
    public record Principal(String username, String role) {
    }

    /** Compared against when the user does not exist, so a wrong user name costs as much time as a wrong password. */
    private volatile String dummyHash;

    @Inject
    WriteGate gate;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "timeline.security.bcrypt-cost", defaultValue = "12")
    int bcryptCost;

    @ConfigProperty(name = "timeline.security.min-password-length", defaultValue = "12")
    int minPasswordLength;

    public Optional<Principal> verifyPassword(String username, String password) {
        Optional<AppUser> user = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username));
        String hash = user.map(u -> u.passwordHash).orElseGet(this::dummyHash);
        boolean matches = Secrets.passwordMatches(password, hash);
        return user.filter(u -> matches && u.enabled).map(u -> new Principal(u.username, u.role));
    }

    public Optional<Principal> verifyToken(String token) {
        if (token == null || !token.startsWith(Secrets.TOKEN_PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Secrets.tokenHash(token);
        return QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>find("tokenHash", hash).firstResultOptional()
                .filter(t -> t.usableAt(Instant.now()))
                .map(t -> new Principal(t.user.username, t.user.role)));
    }

    public boolean hasUsers() {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.count() > 0);
    }

    public UserView createUser(UserInput in) {
        checkPassword(in.password());
        String hash = Secrets.hashPassword(in.password(), bcryptCost);
        return gate.write(() -> {
            if (AppUser.findByUsername(in.username()).isPresent()) {
                throw ApiException.conflict("user " + in.username() + " already exists");
            }
            AppUser user = new AppUser();
            user.username = in.username();
            user.passwordHash = hash;
            user.role = in.role();
            user.enabled = true;
            user.createdAt = Instant.now();
            user.updatedAt = user.createdAt;
            user.persist();
            UserView view = UserView.of(user);
            audit.record("user.create", "user", user.username, null, view);
            return view;
        });
    }

    public List<UserView> users() {
        return QuarkusTransaction.requiringNew().call(() ->
                AppUser.<AppUser>listAll(io.quarkus.panache.common.Sort.by("username")).stream().map(UserView::of).toList());
    }

    /** Disables a user and revokes their tokens; the last enabled admin cannot be disabled. */
    public UserView disableUser(String username) {
        return gate.write(() -> {
            AppUser user = AppUser.findByUsername(username).orElseThrow(() -> ApiException.notFound("user", username));
            UserView before = UserView.of(user);
            if (Roles.ADMIN.equals(user.role) && user.enabled && AppUser.count("role = ?1 and enabled = true", Roles.ADMIN) == 1) {
                throw ApiException.conflict("user " + username + " is the last enabled admin");
            }
            user.enabled = false;
            user.updatedAt = Instant.now();
            ApiToken.update("revokedAt = ?1 where user = ?2 and revokedAt is null", Instant.now(), user);
            UserView after = UserView.of(user);
            audit.record("user.disable", "user", username, before, after);
            return after;
        });
    }

    public TokenView createToken(String username, TokenInput in) {
        String secret = Secrets.newToken();
        return gate.write(() -> {
            AppUser user = AppUser.findByUsername(username).filter(u -> u.enabled)
                    .orElseThrow(() -> ApiException.notFound("user", username));
            ApiToken token = new ApiToken();
            token.user = user;
            token.name = in.name().strip();
            token.tokenHash = Secrets.tokenHash(secret);
            token.createdAt = Instant.now();
            token.expiresAt = in.expiresInDays() == null ? null : token.createdAt.plus(Duration.ofDays(in.expiresInDays()));
            token.persist();
            audit.record("token.create", "token", token.id, null, Map.of("user", username, "name", token.name));
            return TokenView.of(token, secret);
        });
    }

    public List<TokenView> tokens(String username) {
        return QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>list("user.username = ?1 order by id", username)
                .stream().map(t -> TokenView.of(t, null)).toList());
    }

    public TokenView revokeToken(String username, long id) {
        return gate.write(() -> {
            ApiToken token = ApiToken.<ApiToken>find("id = ?1 and user.username = ?2", id, username).firstResultOptional()
                    .orElseThrow(() -> ApiException.notFound("token", id));
            if (token.revokedAt == null) {
                token.revokedAt = Instant.now();
                audit.record("token.revoke", "token", token.id, Map.of("user", username, "name", token.name),
                        Map.of("user", username, "name", token.name, "revokedAt", token.revokedAt.toString()));
            }
            return TokenView.of(token, null);
        });
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = Secrets.hashPassword("not-a-real-password", bcryptCost);
        }
        return dummyHash;
    }

    private void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < minPasswordLength) {
            throw ApiException.invalidParam("password", "must have at least " + minPasswordLength + " characters");
        }
    }
}
