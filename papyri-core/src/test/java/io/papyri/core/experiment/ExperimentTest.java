package io.papyri.core.experiment;

import io.papyri.api.FeedbackTarget;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExperimentTest {

    private static Variant variant(String name, double weight) {
        return new Variant(name, "local", Map.of("max-sentences", "5"), weight);
    }

    @Test
    void validExperimentKeepsItsVariants() {
        Experiment e = new Experiment("summary-length", FeedbackTarget.SUMMARY,
                List.of(variant("short", 1), variant("long", 3)));
        assertThat(e.variants()).extracting(Variant::name).containsExactly("short", "long");
        assertThat(e.variant("long").weight()).isEqualTo(3);
        assertThatThrownBy(() -> e.variant("none")).hasMessageContaining("has no variant 'none'");
    }

    @Test
    void variantCopiesItsSettings() {
        Map<String, String> settings = new HashMap<>(Map.of("k", "v"));
        Variant v = new Variant("a", "local", settings, 1);
        settings.put("k", "changed");
        assertThat(v.settings()).containsEntry("k", "v");
    }

    @Test
    void rejectsBadNames() {
        assertThatThrownBy(() -> variant("Upper", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variant name 'Upper' must match");
        assertThatThrownBy(() -> variant("-lead", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> variant("a".repeat(65), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(variant("a".repeat(64), 1).name()).hasSize(64);
        assertThatThrownBy(() -> new Experiment("bad name", FeedbackTarget.ANSWER,
                List.of(variant("a", 1), variant("b", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("experiment name 'bad name' must match");
    }

    @Test
    void rejectsBadWeights() {
        for (double w : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> variant("a", w)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("weight must be positive and finite");
        }
    }

    @Test
    void rejectsBlankProvider() {
        assertThatThrownBy(() -> new Variant("a", " ", Map.of(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provider must not be blank");
    }

    @Test
    void needsTwoUniquelyNamedVariants() {
        assertThatThrownBy(() -> new Experiment("e", FeedbackTarget.CHAT, List.of(variant("a", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs at least two variants, has 1");
        assertThatThrownBy(() -> new Experiment("e", FeedbackTarget.CHAT, List.of(variant("a", 1), variant("a", 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two variants named 'a'");
    }
}
