package org.tracseq.storage.client;

import java.util.UUID;

/** What this service needs to know about a sample from the samples service. */
public record SampleInfo(UUID id, String barcode, String type, String status) {}
