package org.tracseq.qaqc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.qaqc.it.QcFixture.VERIFIER;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * QC-4 over libraries known from library-prep's events: fail if the sample or the library failed,
 * pass when both passed with their verifications, else pending; many at once, by GET or POST.
 */
class EffectiveQcIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void aLibraryPassesWhenItsSampleAndItPassedAndWereVerified() {
        QcFixture.Known dna = QcFixture.sample("dna");
        QcFixture.Known library = QcFixture.library(dna.id());
        assertThat(effective(library.id()).getString("libraries[0].effective")).isEqualTo("pending");

        QcFixture.verify(VERIFIER, QcFixture.recordedId(dna.barcode(), "concentration", "250"));
        QcFixture.verify(VERIFIER, QcFixture.recordedId(dna.barcode(), "a260_280", "1.88"));
        String molarity = QcFixture.recordedId(library.barcode(), "molarity", "18.18");
        JsonPath pending = effective(library.id());
        assertThat(pending.getString("libraries[0].effective")).isEqualTo("pending");
        assertThat(pending.getList("libraries[0].reasons", String.class))
                .containsExactly("library: molarity pass, not yet verified");

        QcFixture.verify(VERIFIER, molarity);
        JsonPath passed = effective(library.id());
        assertThat(passed.getString("libraries[0].effective")).isEqualTo("pass");
        assertThat(passed.getString("libraries[0].sampleId")).isEqualTo(dna.id().toString());
    }

    @Test
    void aLibraryFailsWhenItsSampleFailed() {
        QcFixture.Known rna = QcFixture.sample("rna");
        QcFixture.Known library = QcFixture.library(rna.id());
        QcFixture.recordedId(rna.barcode(), "rin", "5");
        QcFixture.verify(VERIFIER, QcFixture.recordedId(library.barcode(), "molarity", "20"));
        JsonPath failed = effective(library.id());
        assertThat(failed.getString("libraries[0].effective")).isEqualTo("fail");
        assertThat(failed.getList("libraries[0].reasons", String.class)).containsExactly("source sample: rin fail");
    }

    @Test
    void manyLibrariesAtOnceWithTheUnknownListedApart() {
        QcFixture.Known dna = QcFixture.sample("dna");
        QcFixture.Known first = QcFixture.library(dna.id());
        QcFixture.Known second = QcFixture.library(dna.id());
        UUID unknown = UUID.randomUUID();
        JsonPath byGet = QcFixture.as(Role.GUEST)
                .queryParam("id", first.id().toString(), second.id().toString(), unknown.toString())
                .get("/libraries/effective")
                .jsonPath();
        assertThat(byGet.getList("libraries.libraryId"))
                .containsExactly(first.id().toString(), second.id().toString());
        assertThat(byGet.getList("unknown")).containsExactly(unknown.toString());

        JsonPath byPost = QcFixture.as(Role.GUEST)
                .body(Map.of("libraryIds", List.of(second.id().toString(), unknown.toString())))
                .post("/libraries/effective")
                .jsonPath();
        assertThat(byPost.getList("libraries.libraryId"))
                .containsExactly(second.id().toString());
        assertThat(byPost.getList("unknown")).containsExactly(unknown.toString());
    }

    @Test
    void moreThan500LibrariesAreRefused() {
        List<String> ids =
                Stream.generate(() -> UUID.randomUUID().toString()).limit(501).toList();
        assertThat(QcFixture.as(Role.GUEST)
                        .body(Map.of("libraryIds", ids))
                        .post("/libraries/effective")
                        .statusCode())
                .isEqualTo(400);
    }

    private static JsonPath effective(UUID libraryId) {
        return QcFixture.as(Role.GUEST)
                .queryParam("id", libraryId.toString())
                .get("/libraries/effective")
                .jsonPath();
    }
}
