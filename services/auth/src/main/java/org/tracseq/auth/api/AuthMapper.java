package org.tracseq.auth.api;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.ServicePrincipal;
import org.tracseq.auth.domain.Session;
import org.tracseq.auth.domain.User;
import org.tracseq.auth.service.ServicePrincipalService;
import org.tracseq.auth.service.Tokens;
import org.tracseq.auth.token.KeyRing;
import org.tracseq.auth.token.SigningKey;
import org.tracseq.contract.auth.model.AuditEventType;
import org.tracseq.contract.auth.model.AuditPage;
import org.tracseq.contract.auth.model.IssuedApiKey;
import org.tracseq.contract.auth.model.Jwk;
import org.tracseq.contract.auth.model.JwkSet;
import org.tracseq.contract.auth.model.ServicePrincipalPage;
import org.tracseq.contract.auth.model.SessionPage;
import org.tracseq.contract.auth.model.TokenResponse;
import org.tracseq.contract.auth.model.UserPage;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.security.Role;

/** Domain values to the contract's wire models and back. */
final class AuthMapper {
    private AuthMapper() {}

    static Role role(org.tracseq.contract.auth.model.Role role) {
        return role == null ? null : Role.fromWire(role.toString()).orElseThrow();
    }

    static org.tracseq.contract.auth.model.Role role(Role role) {
        return org.tracseq.contract.auth.model.Role.fromValue(role.wireValue());
    }

    static TokenResponse tokens(Tokens tokens, Instant now) {
        TokenResponse response = new TokenResponse()
                .accessToken(tokens.access().jwt())
                .tokenType("Bearer")
                .expiresIn(seconds(now, tokens.access().expiresAt()));
        if (tokens.refreshToken() != null) {
            response.refreshToken(tokens.refreshToken())
                    .refreshExpiresIn(seconds(now, tokens.refreshExpiresAt()))
                    .sessionId(tokens.sessionId());
        }
        return response;
    }

    static org.tracseq.contract.auth.model.User user(User user) {
        return new org.tracseq.contract.auth.model.User()
                .id(user.id())
                .username(user.username())
                .fullName(user.fullName())
                .email(user.email())
                .department(user.department())
                .labAffiliation(user.labAffiliation())
                .role(role(user.role()))
                .enabled(user.enabled())
                .createdAt(utc(user.createdAt()))
                .createdBy(user.createdBy())
                .updatedAt(utc(user.updatedAt()))
                .lastLoginAt(utc(user.lastLoginAt()))
                .passwordChangedAt(utc(user.passwordChangedAt()));
    }

    static UserPage users(Page<User> page) {
        return new UserPage()
                .items(page.map(AuthMapper::user).items())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    static SessionPage sessions(Page<Session> page, UUID currentSession) {
        return new SessionPage()
                .items(page.map(session -> session(session, currentSession)).items())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    static org.tracseq.contract.auth.model.Session session(Session session, UUID currentSession) {
        return new org.tracseq.contract.auth.model.Session()
                .id(session.id())
                .userId(session.userId())
                .createdAt(utc(session.createdAt()))
                .lastRefreshedAt(utc(session.lastRefreshedAt()))
                .expiresAt(utc(session.expiresAt()))
                .revokedAt(utc(session.revokedAt()))
                .ip(session.ip())
                .userAgent(session.userAgent())
                .current(session.id().equals(currentSession));
    }

    static org.tracseq.contract.auth.model.ServicePrincipal principal(ServicePrincipal principal) {
        return new org.tracseq.contract.auth.model.ServicePrincipal()
                .id(principal.id())
                .name(principal.name())
                .description(principal.description())
                .role(role(principal.role()))
                .keyPrefix(principal.keyPrefix())
                .createdAt(utc(principal.createdAt()))
                .createdBy(principal.createdBy())
                .lastUsedAt(utc(principal.lastUsedAt()))
                .revokedAt(utc(principal.revokedAt()))
                .revokedBy(principal.revokedBy());
    }

    static IssuedApiKey issued(ServicePrincipalService.Issued issued) {
        return new IssuedApiKey().principal(principal(issued.principal())).apiKey(issued.apiKey());
    }

    static ServicePrincipalPage principals(Page<ServicePrincipal> page) {
        return new ServicePrincipalPage()
                .items(page.map(AuthMapper::principal).items())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    static org.tracseq.contract.auth.model.SigningKey signingKey(SigningKey key, Duration overlap) {
        return new org.tracseq.contract.auth.model.SigningKey()
                .kid(key.kid())
                .algorithm("RS256")
                .createdAt(utc(key.createdAt()))
                .active(key.active())
                .retiredAt(utc(key.retiredAt()))
                .publishedUntil(utc(key.publishedUntil(overlap)));
    }

    static JwkSet jwks(KeyRing ring, Instant now) {
        return new JwkSet()
                .keys(ring.published(now).getKeys().stream()
                        .map(jwk -> jwk((RSAKey) jwk))
                        .toList());
    }

    private static Jwk jwk(RSAKey key) {
        return new Jwk()
                .kty(key.getKeyType().getValue())
                .kid(key.getKeyID())
                .use(key.getKeyUse().identifier())
                .alg(key.getAlgorithm().getName())
                .n(key.getModulus().toString())
                .e(key.getPublicExponent().toString());
    }

    static AuditPage audit(Page<AuditEvent> page) {
        return new AuditPage()
                .items(page.map(AuthMapper::auditEvent).items())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    private static org.tracseq.contract.auth.model.AuditEvent auditEvent(AuditEvent event) {
        return new org.tracseq.contract.auth.model.AuditEvent()
                .id(event.id())
                .type(AuditEventType.fromValue(event.type().wireValue()))
                .at(utc(event.at()))
                .actor(event.actor())
                .subject(event.subject())
                .subjectId(event.subjectId())
                .ip(event.ip())
                .requestId(event.requestId())
                .oldValue(event.oldValue())
                .newValue(event.newValue())
                .reason(event.reason())
                .detail(event.detail());
    }

    private static int seconds(Instant now, Instant until) {
        return (int) Math.max(0, Duration.between(now, until).toSeconds());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
