package io.papyri.local.store.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArtifactNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"paper.pdf", "extracted.json", "summaries/local-1a2b.json", "answers/bedrock-9f/q_1.json",
            "chats/3f2a-77c1.json", "_index.json", "a.b.c"})
    void relativeNamesAreAccepted(String name) {
        assertThat(ArtifactName.check(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/etc/passwd", "../x", "a/../../b", "..", ".", "a/.", "a\\b", "a//b", "a/",
            ".paper.json.12ab.tmp", "x\0y", "C:x", "a b", "sum:mary.json", "~/x", "é.json"})
    void namesThatAreNotPlainRelativePathsAreRefused(String name) {
        assertThatThrownBy(() -> ArtifactName.check(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid artifact name")
                .hasMessageContaining("summaries/local-1a2b.json")
                .hasMessageNotContaining("\0");
    }

    @Test
    void nullAndOverlongNamesAreRefused() {
        assertThatThrownBy(() -> ArtifactName.check(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArtifactName.check("a/".repeat(300) + "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than");
        assertThatThrownBy(() -> ArtifactName.check("a".repeat(129)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 128");
    }
}
