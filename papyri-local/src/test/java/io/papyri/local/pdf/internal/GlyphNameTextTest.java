package io.papyri.local.pdf.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphNameTextTest {

    @Test
    void distrustsOnlyTheKnownSignsOfABrokenMapping() {
        assertThat(GlyphNameText.looksBroken(null)).isTrue();
        assertThat(GlyphNameText.looksBroken("")).isTrue();
        assertThat(GlyphNameText.looksBroken("\u0000")).isTrue();
        assertThat(GlyphNameText.looksBroken("\uFFFD")).isTrue();
        assertThat(GlyphNameText.looksBroken("\u21B5")).isTrue(); // Quartz's ff and alpha
        assertThat(GlyphNameText.looksBroken("f")).isFalse();
        assertThat(GlyphNameText.looksBroken("\u03B1")).isFalse();
        assertThat(GlyphNameText.looksBroken("\uFB00")).isFalse();
    }
}
