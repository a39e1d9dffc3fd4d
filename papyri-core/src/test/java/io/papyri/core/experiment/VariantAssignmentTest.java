package io.papyri.core.experiment;

import io.papyri.api.FeedbackTarget;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VariantAssignmentTest {

    private static Experiment experiment(String name, double weightA, double weightB) {
        return new Experiment(name, FeedbackTarget.SUMMARY, List.of(
                new Variant("a", "local", Map.of(), weightA),
                new Variant("b", "bedrock", Map.of(), weightB)));
    }

    @Test
    void sameUnitAlwaysGetsSameVariant() {
        VariantAssignment one = new VariantAssignment(experiment("exp", 1, 1));
        VariantAssignment other = new VariantAssignment(experiment("exp", 1, 1));
        for (int i = 0; i < 1000; i++) {
            String id = "user-" + i;
            assertThat(one.assign(id)).isEqualTo(one.assign(id)).isEqualTo(other.assign(id));
        }
    }

    @Test
    void unitPointIsUniformInUnitInterval() {
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            double u = VariantAssignment.unitPoint("exp", "session-" + i);
            assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
            sum += u;
        }
        // the mean of 10,000 uniforms has standard deviation 0.0029
        assertThat(sum / 10_000).isCloseTo(0.5, within(0.012));
    }

    @Test
    void splitFollowsWeights() {
        VariantAssignment assignment = new VariantAssignment(experiment("split", 7, 3));
        int a = 0;
        for (int i = 0; i < 10_000; i++) {
            if (assignment.assign("user-" + i).name().equals("a")) {
                a++;
            }
        }
        // 70/30 within 2 percentage points (the binomial standard deviation is 0.46 points)
        assertThat(a / 100.0).isCloseTo(70.0, within(2.0));
    }

    @Test
    void experimentsAssignIndependently() {
        VariantAssignment first = new VariantAssignment(experiment("first", 1, 1));
        VariantAssignment second = new VariantAssignment(experiment("second", 1, 1));
        int[][] counts = new int[2][2];
        for (int i = 0; i < 10_000; i++) {
            String id = "user-" + i;
            counts[index(first.assign(id))][index(second.assign(id))]++;
        }
        // independent 50/50 assignments fill each cell of the 2x2 table with about a quarter;
        // identical hashing would leave the off-diagonal cells empty
        for (int[] row : counts) {
            for (int cell : row) {
                assertThat(cell / 10_000.0).isCloseTo(0.25, within(0.02));
            }
        }
    }

    @Test
    void threeVariantsAllGetTraffic() {
        Experiment e = new Experiment("three", FeedbackTarget.ANSWER, List.of(
                new Variant("x", "local", Map.of(), 1),
                new Variant("y", "local", Map.of(), 1),
                new Variant("z", "local", Map.of(), 2)));
        VariantAssignment assignment = new VariantAssignment(e);
        int z = 0;
        for (int i = 0; i < 10_000; i++) {
            if (assignment.assign("u" + i).name().equals("z")) {
                z++;
            }
        }
        assertThat(z / 100.0).isCloseTo(50.0, within(2.0));
    }

    private static int index(Variant v) {
        return v.name().equals("a") ? 0 : 1;
    }
}
