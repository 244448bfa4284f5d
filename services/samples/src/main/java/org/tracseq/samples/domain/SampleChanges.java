package org.tracseq.samples.domain;

import java.util.Map;

/**
 * A JSON merge patch of a sample's changeable members. {@code metadata} is itself a merge patch
 * (null members remove keys); clearing it removes every key.
 */
public record SampleChanges(
        Patch<String> name,
        Patch<SampleType> type,
        Patch<String> description,
        Patch<Volume> initialVolume,
        Patch<Volume> availableVolume,
        Patch<Concentration> concentration,
        Patch<Map<String, Object>> metadata) {}
