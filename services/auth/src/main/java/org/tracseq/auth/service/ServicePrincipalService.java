package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.tracseq.auth.domain.AccountRules;
import org.tracseq.auth.domain.Actor;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditEventType;
import org.tracseq.auth.domain.Origin;
import org.tracseq.auth.domain.Secrets;
import org.tracseq.auth.domain.ServicePrincipal;
import org.tracseq.auth.persistence.ServicePrincipalRepository;
import org.tracseq.auth.token.TokenSubject;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Role;

/**
 * Service principals: instruments and integrations with an API key and a fixed role. The key is
 * shown once and stored as a hash; revoking it keeps the principal, so everything it did stays
 * attributable to a name nobody else can take.
 */
@ApplicationScoped
public class ServicePrincipalService {
    static final String INVALID_KEY = "The API key is invalid or revoked";
    /** How much of a key is kept in clear to recognise it: the kind prefix and 8 random characters. */
    private static final int KEY_PREFIX_LENGTH = Secrets.API_KEY.length() + 8;

    /** A new principal and its key, which exists nowhere else. */
    public record Issued(ServicePrincipal principal, String apiKey) {}

    @Inject
    ServicePrincipalRepository principals;

    @Inject
    TokenIssuer tokens;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    RevocationRelay relay;

    @Transactional
    public Issued create(String name, String description, Role role, Actor actor, Origin origin) {
        // The name's alphabet, the lengths and the role's presence are the contract's.
        var errors = ValidationProblem.collector();
        AccountRules.checkText(errors, "description", description, false, true);
        errors.throwIfAny();
        if (!ServicePrincipal.HIGHEST_ROLE.atLeast(role)) {
            throw new ProblemException(
                    422,
                    "service-principal-role",
                    "Role not allowed for a service principal",
                    "A service principal's role is at most " + ServicePrincipal.HIGHEST_ROLE.wireValue()
                            + "; administration is for people");
        }
        if (principals.nameTaken(name)) {
            throw ProblemException.conflict(
                    "A service principal named '" + name + "' exists (revoked ones keep " + "their name)");
        }
        String apiKey = Secrets.generate(Secrets.API_KEY);
        ServicePrincipal principal = new ServicePrincipal(
                UUID.randomUUID(),
                name,
                description == null || description.isBlank() ? null : description,
                role,
                apiKey.substring(0, KEY_PREFIX_LENGTH),
                clock.instant(),
                actor.name(),
                null,
                null,
                null);
        principals.insert(principal, Secrets.hash(apiKey));
        audit.record(AuditEvent.of(AuditEventType.API_KEY_ISSUED, actor, origin)
                .about(principal.upn(), principal.id())
                .change(null, role.wireValue())
                .detail("key " + principal.keyPrefix() + "…"));
        return new Issued(principal, apiKey);
    }

    /** An access token for the principal holding {@code apiKey}; refusals are audited and answered 401. */
    @Transactional(dontRollbackOn = AuthenticationFailed.class)
    public Tokens exchange(String apiKey, Origin origin) {
        Instant now = clock.instant();
        ServicePrincipal principal =
                principals.useKey(Secrets.hash(apiKey), now).orElse(null);
        if (principal == null) {
            String shown = apiKey.length() > KEY_PREFIX_LENGTH ? apiKey.substring(0, KEY_PREFIX_LENGTH) : apiKey;
            audit.record(AuditEvent.of(AuditEventType.API_KEY_REFUSED, Actor.ANONYMOUS, origin)
                    .detail("unknown or revoked key " + shown + "…"));
            throw new AuthenticationFailed(INVALID_KEY);
        }
        var access = tokens.issue(new TokenSubject(principal.id(), principal.upn(), principal.role(), null));
        audit.record(AuditEvent.of(
                        AuditEventType.API_KEY_EXCHANGED,
                        new Actor(principal.upn(), principal.id().toString()),
                        origin)
                .about(principal.upn(), principal.id()));
        return Tokens.accessOnly(access);
    }

    /** Revokes the principal's key at once; revoking a revoked one changes nothing. */
    @Transactional
    public ServicePrincipal revoke(UUID id, Actor actor, Origin origin) {
        var revoked = principals.revoke(id, actor.name(), clock.instant());
        if (revoked.isEmpty()) {
            return get(id);
        }
        ServicePrincipal principal = revoked.get();
        relay.principalRevoked(id);
        audit.record(AuditEvent.of(AuditEventType.API_KEY_REVOKED, actor, origin)
                .about(principal.upn(), id)
                .change("active", "revoked")
                .detail("key " + principal.keyPrefix() + "…"));
        return principal;
    }

    @Transactional
    public ServicePrincipal get(UUID id) {
        return principals.find(id).orElseThrow(() -> ProblemException.notFound("Service principal", id));
    }

    /** Newest first; the page and its total from one transaction. */
    @Transactional
    public Page<ServicePrincipal> list(PageRequest request) {
        return principals.page(request);
    }

    @Transactional
    public boolean isActive(UUID id) {
        return principals.isActive(id);
    }
}
