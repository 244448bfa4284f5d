package org.tracseq.gateway.balancing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each strategy's distribution over many picks, printed so the figures are visible in the build log. */
class BalancersTest {
    private static final int PICKS = 10_000;

    private static Instance instance(String host, int weight) {
        return new Instance(URI.create("http://" + host + ":8081/samples"), weight, "static");
    }

    private static final Instance A = instance("a", 1);
    private static final Instance B = instance("b", 1);
    private static final Instance C = instance("c", 1);

    private static Map<Instance, Integer> distribution(Balancer balancer, List<Instance> instances, int picks) {
        Map<Instance, Integer> counts = new HashMap<>();
        for (int i = 0; i < picks; i++) {
            counts.merge(balancer.choose(instances, "user-" + i), 1, Integer::sum);
        }
        System.out.println(balancer.getClass().getSimpleName() + " over " + picks + " picks: " + counts);
        return counts;
    }

    @Test
    void roundRobinTakesEachInTurn() {
        Balancer balancer = Balancer.named("round_robin");
        List<Instance> instances = List.of(A, B, C);
        assertThat(IntStream.range(0, 6).mapToObj(i -> balancer.choose(instances, null)))
                .containsExactly(A, B, C, A, B, C);
        assertThat(distribution(balancer, instances, PICKS).values()).allMatch(n -> Math.abs(n - PICKS / 3) <= 1);
    }

    @Test
    void weightedRoundRobinFollowsTheWeightsSmoothly() {
        Instance heavy = instance("heavy", 3);
        Balancer balancer = Balancer.named("weighted_round_robin");
        List<Instance> instances = List.of(heavy, A);
        // Smooth: the light instance is not starved for three picks in a row at the start.
        assertThat(IntStream.range(0, 4).mapToObj(i -> balancer.choose(instances, null)))
                .containsExactly(heavy, heavy, A, heavy);
        Map<Instance, Integer> counts = distribution(balancer, instances, PICKS);
        assertThat(counts.get(heavy)).isEqualTo(PICKS * 3 / 4);
        assertThat(counts.get(A)).isEqualTo(PICKS / 4);
    }

    @Test
    void leastInFlightAvoidsTheBusyInstance() {
        Instance busy = instance("busy", 1);
        for (int i = 0; i < 5; i++) {
            busy.started();
        }
        Balancer balancer = Balancer.named("least_in_flight");
        Map<Instance, Integer> counts = distribution(balancer, List.of(busy, A, B), PICKS);
        assertThat(counts).doesNotContainKey(busy);
        // Ties are broken at random: the idle two share evenly.
        assertThat(counts.get(A)).isBetween(PICKS / 2 - 500, PICKS / 2 + 500);
    }

    @Test
    void powerOfTwoChoicesPrefersTheLessLoadedOfTwo() {
        Instance busy = instance("busy", 1);
        for (int i = 0; i < 5; i++) {
            busy.started();
        }
        Balancer balancer = Balancer.named("power_of_two_choices");
        Map<Instance, Integer> counts = distribution(balancer, List.of(busy, A, B), PICKS);
        // The busy one only wins when it is drawn twice, which never happens: it is never picked.
        assertThat(counts.getOrDefault(busy, 0)).isZero();
        assertThat(counts.get(A)).isBetween(PICKS / 2 - 500, PICKS / 2 + 500);
        Map<Instance, Integer> idle = distribution(Balancer.named("power_of_two_choices"), List.of(A, B, C), PICKS);
        assertThat(idle.values()).allMatch(n -> n > PICKS / 3 - 500 && n < PICKS / 3 + 500);
    }

    @Test
    void consistentHashKeepsAKeyOnItsInstanceAndMovesOnlyTheLeaversKeys() {
        Balancer balancer = Balancer.named("consistent_hash");
        List<Instance> three = List.of(A, B, C);
        Map<Instance, Integer> counts = distribution(balancer, three, PICKS);
        assertThat(counts.values()).allMatch(n -> n > PICKS / 3 * 0.8 && n < PICKS / 3 * 1.2);
        assertThat(balancer.choose(three, "user-42")).isEqualTo(balancer.choose(three, "user-42"));

        Balancer afterCLeft = Balancer.named("consistent_hash");
        int moved = 0;
        for (int i = 0; i < PICKS; i++) {
            Instance before = balancer.choose(three, "user-" + i);
            Instance after = afterCLeft.choose(List.of(A, B), "user-" + i);
            if (before != C && before != after) {
                moved++;
            }
        }
        System.out.println("ConsistentHash: keys not on the removed instance that moved: " + moved);
        assertThat(moved).isZero();
    }

    @Test
    void anUnknownStrategyIsRefusedByName() {
        assertThatThrownBy(() -> Balancer.named("random")).hasMessageContaining("round_robin");
    }
}
