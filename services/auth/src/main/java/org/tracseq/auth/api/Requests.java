package org.tracseq.auth.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.tracseq.auth.domain.Origin;
import org.tracseq.auth.service.Caller;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.security.VerifiedToken;
import org.tracseq.platform.web.ContractConstraints;
import org.tracseq.platform.web.RequestIds;

/**
 * What the auth resources read from a request besides its body: who sent it (the verified caller)
 * and from where (address, user agent and request id, for sessions and the audit log); and the
 * contract's constraints a body breaks, for methods that report them with their own checks.
 */
final class Requests {
    /** User agents are kept for the session list; a longer one is cut. */
    private static final int MAX_USER_AGENT = 300;

    private Requests() {}

    static Origin origin(HttpServletRequest request) {
        String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
        return new Origin(
                request.getRemoteAddr(), userAgent, RequestIds.current().orElse(null));
    }

    /** The contract's constraints {@code body} breaks, as field errors whose messages name their rule. */
    static List<FieldError> contractErrors(ContractConstraints constraints, Object body) {
        return constraints.violations(body).stream()
                .map(ContractConstraints.Broken::error)
                .toList();
    }

    /** The verified caller; the platform's {@code BearerAuthentication} put it there before any guarded method runs. */
    static Caller caller(SecurityContext security) {
        if (security.getUserPrincipal() instanceof VerifiedToken token) {
            return Caller.of(token);
        }
        throw new IllegalStateException("A guarded endpoint ran without an authenticated caller");
    }
}
