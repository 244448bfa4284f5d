package org.tracseq.auth.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The contract's paths sit directly under the context root {@code /auth}. */
@ApplicationPath("/")
public class AuthApplication extends Application {}
