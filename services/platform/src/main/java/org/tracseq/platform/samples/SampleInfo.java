package org.tracseq.platform.samples;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What another service needs to know about a sample from the samples service: its wire values
 * (SM-TYPES, SM-STATUS) and the volume it can still give, in µL ({@code null} when it has none
 * recorded).
 */
public record SampleInfo(
        UUID id, String barcode, String name, String type, String status, BigDecimal availableVolumeUl) {}
