package org.tracseq.qaqc.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The contract's paths sit directly under the context root {@code /qaqc}. */
@ApplicationPath("/")
public class QaqcApplication extends Application {}
