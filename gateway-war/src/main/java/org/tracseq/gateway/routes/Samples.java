package org.tracseq.gateway.routes;

import jakarta.enterprise.context.ApplicationScoped;
import org.tracseq.gateway.routing.ForRoute;
import org.tracseq.gateway.routing.ServiceCalls;

/** The samples route, with policy values of its own: {@code org.tracseq.gateway.routes.Samples/<Annotation>/<parameter>}. */
@ApplicationScoped
@ForRoute("samples")
public class Samples extends ServiceCalls {}
