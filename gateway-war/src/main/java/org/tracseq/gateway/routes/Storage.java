package org.tracseq.gateway.routes;

import jakarta.enterprise.context.ApplicationScoped;
import org.tracseq.gateway.routing.ForRoute;
import org.tracseq.gateway.routing.ServiceCalls;

/** The storage route, with policy values of its own: {@code org.tracseq.gateway.routes.Storage/<Annotation>/<parameter>}. */
@ApplicationScoped
@ForRoute("storage")
public class Storage extends ServiceCalls {}
