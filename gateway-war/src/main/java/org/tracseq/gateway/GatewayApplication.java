package org.tracseq.gateway;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The gateway owns the server root: {@code /api/**} in both deployment modes. */
@ApplicationPath("/")
public class GatewayApplication extends Application {}
