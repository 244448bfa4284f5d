package org.tracseq.samples.domain;

import java.util.Map;

/**
 * A sample as a client asks to register it, before anything is checked. {@code barcode} is null
 * when the barcodes service is to issue one.
 */
public record SampleDraft(
        String name,
        SampleType type,
        String barcode,
        String description,
        Volume initialVolume,
        Volume availableVolume,
        Concentration concentration,
        Map<String, Object> metadata) {

    public SampleDraft withBarcode(String issued) {
        return new SampleDraft(
                name, type, issued, description, initialVolume, availableVolume, concentration, metadata);
    }
}
