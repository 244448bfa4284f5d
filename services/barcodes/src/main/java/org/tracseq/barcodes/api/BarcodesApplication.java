package org.tracseq.barcodes.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The contract's paths sit directly under the context root {@code /barcodes}. */
@ApplicationPath("/")
public class BarcodesApplication extends Application {}
