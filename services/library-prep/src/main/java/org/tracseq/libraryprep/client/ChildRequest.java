package org.tracseq.libraryprep.client;

import java.math.BigDecimal;

/**
 * A derived child sample to make: its name, the volume it takes from the parent (µL), its own volume
 * (µL) and concentration (ng/µL), and its own barcode, or null for one the samples service issues.
 */
public record ChildRequest(
        String name, BigDecimal takenUl, BigDecimal volumeUl, BigDecimal concentrationNgPerUl, String barcode) {}
