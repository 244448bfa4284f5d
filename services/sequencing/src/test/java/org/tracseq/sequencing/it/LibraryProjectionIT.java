package org.tracseq.sequencing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TracSeqServer;

/** Libraries follow library-prep's events by version: a normalisation updates one, a late older event does not. */
class LibraryProjectionIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void aNormalisationChangesTheMolarity_aLateOlderEventChangesNothing() {
        SequencingFixture.Known library = SequencingFixture.library("UDI0001", "CCGCGGTT", "AGCGCTAG", "18.18", "pass");
        String event = """
                {"libraryId":"%s","name":"%s","sampleId":"%s","i7Name":"UDI0001","i7":"CCGCGGTT","i5Name":"UDI0001",\
                "i5":"AGCGCTAG","concentrationNgPerUl":%s,"meanFragmentBp":350,"volumeUl":%s,"molarityNm":%s}""";
        UUID newer = SequencingFixture.publish(
                "library-prep.library.normalised",
                library.id(),
                3,
                event.formatted(library.id(), library.name(), library.sampleId(), "2.31", "180", "10"));
        UUID older = SequencingFixture.publish(
                "library-prep.library.normalised",
                library.id(),
                2,
                event.formatted(library.id(), library.name(), library.sampleId(), "3", "100", "13"));
        SequencingFixture.awaitApplied(newer);
        SequencingFixture.awaitApplied(older);
        var known = SequencingFixture.ok(SequencingFixture.as(Role.GUEST)
                .get("/libraries/" + library.id())
                .andReturn());
        assertThat(known.getDouble("molarityNm")).isEqualTo(10.0);
        assertThat(known.getDouble("volumeUl")).isEqualTo(180.0);
        assertThat(known.getString("barcode")).as("kept from the creation").startsWith("LIB-");
    }
}
