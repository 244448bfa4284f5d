/** Readiness of the services behind the routes: active checks, {@code /api/health}, the gateway's own checks. */
package org.tracseq.gateway.health;
