package org.tracseq.events.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The contract's paths sit directly under the context root {@code /events}. */
@ApplicationPath("/")
public class EventsApplication extends Application {}
