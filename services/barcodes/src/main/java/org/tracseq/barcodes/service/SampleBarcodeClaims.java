package org.tracseq.barcodes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Set;
import org.tracseq.barcodes.domain.BarcodeFormat;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.events.EventHandler;

/**
 * Claims a pre-printed barcode when a sample is registered with it ({@code samples.sample.registered}):
 * samples checked before registering that the barcode was reserved and free, and the claim happens
 * here, for the sample, by whoever registered it. Barcodes not in TracSeq's format (other makers'
 * labels) are none of this service's business.
 */
@ApplicationScoped
public class SampleBarcodeClaims implements EventHandler {
    @Inject
    BarcodeService barcodes;

    @Override
    public String group() {
        return "barcodes.claims";
    }

    @Override
    public Set<String> families() {
        return Set.of("samples");
    }

    @Override
    public void apply(Event event) {
        if (!"samples.sample.registered".equals(event.type())) {
            return;
        }
        JsonObject payload;
        try (JsonReader reader = Json.createReader(new StringReader(event.payload()))) {
            payload = reader.readObject();
        }
        BarcodeFormat.Verdict verdict = BarcodeFormat.check(payload.getString("barcode", ""));
        if (verdict.valid()) {
            // A claim records who made it; an event without an actor was the samples service's own doing.
            String actor = event.actor() == null ? "samples" : event.actor();
            barcodes.claimForSample(verdict.barcode(), payload.getString("sampleId"), actor);
        }
    }
}
