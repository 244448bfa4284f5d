package org.tracseq.samples.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The samples API, at the root of the service's context root ({@code /samples}). */
@ApplicationPath("/")
public class SamplesApplication extends Application {}
