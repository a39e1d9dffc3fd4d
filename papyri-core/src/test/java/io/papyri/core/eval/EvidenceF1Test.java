package io.papyri.core.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvidenceF1Test {

    @Test
    void emptyPredictionAgainstEmptyGoldIsPerfect() {
        assertThat(EvidenceF1.score(List.of(), List.of())).isEqualTo(1.0);
    }

    @Test
    void emptyOnOneSideIsZero() {
        assertThat(EvidenceF1.score(List.of(), List.of("p1"))).isZero();
        assertThat(EvidenceF1.score(List.of("p1"), List.of())).isZero();
    }

    @Test
    void comparesExactParagraphStrings() {
        // {p1, p2} vs {p2, p3, p4}: 1 shared -> P = 1/2, R = 1/3 -> F = (1/3)/(5/6) = 0.4
        assertThat(EvidenceF1.score(List.of("p1", "p2"), List.of("p2", "p3", "p4"))).isCloseTo(0.4, within(1e-12));
        assertThat(EvidenceF1.score(List.of("p2 "), List.of("p2"))).isZero();
        assertThat(EvidenceF1.score(List.of("p2", "p1"), List.of("p1", "p2"))).isEqualTo(1.0);
    }

    @Test
    void duplicatePredictionsLowerPrecisionLikeTheOfficialEvaluator() {
        // shared set {p1} = 1, but precision divides by the 2 predicted entries: P = 1/2, R = 1 -> F = 2/3
        assertThat(EvidenceF1.score(List.of("p1", "p1"), List.of("p1"))).isCloseTo(2.0 / 3, within(1e-12));
    }
}
