package io.papyri.local.qa;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DenialTest {

    private static Set<String> topic(String... words) {
        return Stream.of(words).map(Terms::stem).collect(Collectors.toSet());
    }

    @Test
    void aCueCloseBeforeTheTopicDeniesIt() {
        assertThat(Denial.denies("We propose the Transformer, a model architecture eschewing recurrence and instead"
                + " relying entirely on an attention mechanism.", topic("recurrence"))).isTrue();
        assertThat(Denial.denies("The parser is trained without any labelled data.", topic("labelled", "data")))
                .isTrue();
        assertThat(Denial.denies("We do not use dropout in the decoder.", topic("dropout"))).isTrue();
        assertThat(Denial.denies("We rely on attention rather than convolutions.", topic("convolutions"))).isTrue();
    }

    @Test
    void aNegationAwayFromTheTopicOrUndoneSaysNothing() {
        assertThat(Denial.denies("We propose the Transformer, a model architecture eschewing recurrence and instead"
                + " relying entirely on an attention mechanism.", topic("attention"))).isFalse();
        assertThat(Denial.denies("It is not only faster but also uses dropout.", topic("dropout"))).isFalse();
        assertThat(Denial.denies("This is not what prior work found, since we train the model with dropout on"
                + " every layer.", topic("dropout"))).isFalse();
        assertThat(Denial.denies("We use dropout.", Set.of())).isFalse();
    }
}
