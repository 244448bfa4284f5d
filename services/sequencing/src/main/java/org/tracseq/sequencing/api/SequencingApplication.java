package org.tracseq.sequencing.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The contract's paths sit directly under the context root {@code /sequencing}. */
@ApplicationPath("/")
public class SequencingApplication extends Application {}
