package org.tracseq.gateway.routes;

import jakarta.enterprise.context.ApplicationScoped;
import org.tracseq.gateway.routing.ForRoute;
import org.tracseq.gateway.routing.ServiceCalls;

/** The auth route, with policy values of its own: {@code org.tracseq.gateway.routes.Auth/<Annotation>/<parameter>}. */
@ApplicationScoped
@ForRoute("auth")
public class Auth extends ServiceCalls {}
