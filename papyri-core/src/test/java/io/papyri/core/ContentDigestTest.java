package io.papyri.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDigestTest {

    @Test
    void isTheSha256OfThePartsEachEndedByNul() {
        // printf 'abc\0' | sha256sum
        assertThat(ContentDigest.of("abc"))
                .isEqualTo("dc1114cd074914bd872cc1f9a23ec910ea2203bc79779ab2e17da25782a624fc")
                .isEqualTo(ContentDigest.of(List.of("abc")));
    }

    @Test
    void whereOnePartEndsMatters() {
        assertThat(ContentDigest.of("ab", "c")).isNotEqualTo(ContentDigest.of("a", "bc")).matches("[0-9a-f]{64}");
    }
}
