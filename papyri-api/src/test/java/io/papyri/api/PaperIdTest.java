package io.papyri.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperIdTest {

    @Test
    void parsesNewAndOldStyleArxivIds() {
        assertThat(PaperId.parse("arxiv:1706.03762v5")).isEqualTo(new PaperId("arxiv", "1706.03762v5"));
        PaperId old = PaperId.parse("arxiv:math/0405482");
        assertThat(old.local()).isEqualTo("math/0405482");
        assertThat(old.storageKey()).isEqualTo("arxiv_math_0405482");
        assertThat(old).hasToString("arxiv:math/0405482");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arxiv:../../etc/passwd", "arxiv:/etc/passwd", "arxiv:a/../b", "arxiv:a\u0000b",
            "arxiv:a\\b", "arxiv:", "arxiv:a//b", "arxiv:a/", "ARXIV:1234.5678", ":1234", "1706.03762", "arxiv:.hidden"})
    void refusesIdsThatCouldEscapeTheStore(String text) {
        assertThatThrownBy(() -> PaperId.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paper id");
    }

    @Test
    void errorMessagesShowControlCharactersEscaped() {
        assertThatThrownBy(() -> PaperId.parse("arxiv:x\u0000y")).hasMessageContaining("\\u0000");
    }
}
