package org.tracseq.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionTest {
    private static final Address LOCAL = new Address("127.0.0.1", 5432);
    private static final Address REMOTE = new Address("10.20.30.40", 5432);

    @Test
    void aStoreThatAnswersIsUsedWhereverItIsAndWhoeverRuns() {
        assertThat(Decision.decide(Store.POSTGRESQL, REMOTE, true, Embedding.NEVER, true))
                .isEqualTo(new Decision.UseRunning(Store.POSTGRESQL, REMOTE));
        assertThat(Decision.decide(Store.POSTGRESQL, LOCAL, true, Embedding.AUTO, true))
                .isEqualTo(new Decision.UseRunning(Store.POSTGRESQL, LOCAL));
    }

    @Test
    void nothingAnsweringOnTheLoopbackIsEmbeddedThere() {
        assertThat(Decision.decide(Store.POSTGRESQL, LOCAL, false, Embedding.AUTO, false))
                .isEqualTo(new Decision.Embed(Store.POSTGRESQL, LOCAL));
        Address redis = new Address("localhost", 6379);
        assertThat(Decision.decide(Store.REDIS, redis, false, Embedding.AUTO, false))
                .isEqualTo(new Decision.Embed(Store.REDIS, redis));
    }

    @Test
    void anotherMachineThatDoesNotAnswerIsNeverReplacedByAnEmbeddedStore() {
        assertThat(Decision.decide(Store.REDIS, new Address("10.20.30.40", 6379), false, Embedding.AUTO, false))
                .isInstanceOfSatisfying(
                        Decision.Refuse.class,
                        refusal -> assertThat(refusal.reason())
                                .contains("10.20.30.40:6379", "not this machine", "TRACSEQ_REDIS_URL"));
    }

    @Test
    void embeddingSwitchedOffRefusesInsteadOfEmbedding() {
        assertThat(Decision.decide(Store.POSTGRESQL, LOCAL, false, Embedding.NEVER, false))
                .isInstanceOfSatisfying(
                        Decision.Refuse.class,
                        refusal -> assertThat(refusal.reason()).contains("127.0.0.1:5432", "TRACSEQ_EMBEDDED=never"));
    }

    @Test
    void rootGetsNoEmbeddedPostgresqlAndIsToldWhatToDo() {
        assertThat(Decision.decide(Store.POSTGRESQL, LOCAL, false, Embedding.AUTO, true))
                .isInstanceOfSatisfying(
                        Decision.Refuse.class,
                        refusal -> assertThat(refusal.reason())
                                .contains("cannot run as root", "ordinary user", "DB_HOST and DB_PORT"));
    }

    @Test
    void rootStillGetsAnEmbeddedRedis() {
        Address redis = new Address("127.0.0.1", 6379);
        assertThat(Decision.decide(Store.REDIS, redis, false, Embedding.AUTO, true))
                .isEqualTo(new Decision.Embed(Store.REDIS, redis));
    }
}
