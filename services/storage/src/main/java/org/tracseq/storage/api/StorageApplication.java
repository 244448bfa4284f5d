package org.tracseq.storage.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The storage API, at the root of the service's context root ({@code /storage}). */
@ApplicationPath("/")
public class StorageApplication extends Application {}
