package org.tracseq.platform.samples;

import java.math.BigDecimal;

/**
 * A derived child sample to record in samples (a library's tube, say): its name, the volume it
 * takes from the parent (SM-1) and a line saying what it is.
 */
public record ChildRequest(String name, BigDecimal volumeUl, String description) {}
