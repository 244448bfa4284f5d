package org.tracseq.platform.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * An access token whose signature, issuer, audience and lifetime were checked: the request's
 * principal. It is a MicroProfile {@link JsonWebToken}, so code reads claims the standard way, and
 * its name is the {@code upn} (what audit records show).
 */
public final class VerifiedToken implements JsonWebToken {
    /** The auth service's session claim; absent for service principals. */
    public static final String SESSION_CLAIM = "sid";

    private final String raw;
    private final JWTClaimsSet claims;

    VerifiedToken(String raw, JWTClaimsSet claims) {
        this.raw = raw;
        this.claims = claims;
    }

    @Override
    public String getName() {
        return upn();
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.getClaims().keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) ("raw_token".equals(claimName) ? raw : claims.getClaim(claimName));
    }

    /** The token as it was sent, for passing on to the services a request calls. */
    public String raw() {
        return raw;
    }

    @Override
    public String getSubject() {
        return claims.getSubject();
    }

    public String upn() {
        return stringClaim("upn");
    }

    public List<String> groupList() {
        try {
            List<String> groups = claims.getStringListClaim("groups");
            return groups == null ? List.of() : List.copyOf(groups);
        } catch (ParseException e) {
            return List.of();
        }
    }

    public boolean hasGroup(String group) {
        return groupList().contains(group);
    }

    /** The highest role among the groups (tokens carry the role and every lower one). */
    public Optional<Role> role() {
        return groupList().stream()
                .map(Role::fromWire)
                .flatMap(Optional::stream)
                .max(Enum::compareTo);
    }

    public Optional<String> sessionId() {
        return Optional.ofNullable(stringClaim(SESSION_CLAIM));
    }

    public String jwtId() {
        return claims.getJWTID();
    }

    public Instant issuedAt() {
        return claims.getIssueTime().toInstant();
    }

    public Instant expiresAt() {
        return claims.getExpirationTime().toInstant();
    }

    private String stringClaim(String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "VerifiedToken[" + upn() + ", jti=" + jwtId() + "]";
    }
}
