package org.tracseq.libraryprep.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The library-prep API, at the root of the service's context root ({@code /library-prep}). */
@ApplicationPath("/")
public class LibraryPrepApplication extends Application {}
