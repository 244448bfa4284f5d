package org.tracseq.gateway.routes;

import jakarta.enterprise.context.ApplicationScoped;
import org.tracseq.gateway.routing.ForRoute;
import org.tracseq.gateway.routing.ServiceCalls;

/** The barcodes route, with policy values of its own: {@code org.tracseq.gateway.routes.Barcodes/<Annotation>/<parameter>}. */
@ApplicationScoped
@ForRoute("barcodes")
public class Barcodes extends ServiceCalls {}
