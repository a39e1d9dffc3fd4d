package io.papyri.local.pdf.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphTextTest {

    @Test
    void expandsEveryLigature() {
        assertThat(GlyphText.clean("\uFB00")).isEqualTo("ff");
        assertThat(GlyphText.clean("\uFB01")).isEqualTo("fi");
        assertThat(GlyphText.clean("\uFB02")).isEqualTo("fl");
        assertThat(GlyphText.clean("\uFB03")).isEqualTo("ffi");
        assertThat(GlyphText.clean("\uFB04")).isEqualTo("ffl");
        assertThat(GlyphText.clean("\uFB05")).isEqualTo("ft");
        assertThat(GlyphText.clean("\uFB06")).isEqualTo("st");
    }

    @Test
    void foldsPresentationFormsAndMathLettersButKeepsMathSymbols() {
        assertThat(GlyphText.clean("\uD835\uDC65")).isEqualTo("x"); // mathematical italic small x
        assertThat(GlyphText.clean("\uFF21")).isEqualTo("A"); // full-width A
        assertThat(GlyphText.clean("\u00B2")).isEqualTo("\u00B2"); // a superscript keeps its meaning
        assertThat(GlyphText.clean("\u2211")).isEqualTo("\u2211");
        assertThat(GlyphText.clean("\u2113")).isEqualTo("\u2113");
    }

    @Test
    void turnsOddSpacesIntoSpacesAndDropsWhatIsNoText() {
        assertThat(GlyphText.clean("\u00A0")).isEqualTo(" ");
        assertThat(GlyphText.clean("\u2009")).isEqualTo(" ");
        assertThat(GlyphText.clean("   ")).isEqualTo(" ");
        assertThat(GlyphText.clean("\u0003")).isEmpty();
        assertThat(GlyphText.clean("\uFFFD")).isEmpty();
        assertThat(GlyphText.clean("\uF8EB")).isEmpty(); // private use: a bracket piece
        assertThat(GlyphText.clean("\u200B")).isEmpty();
        assertThat(GlyphText.clean(null)).isEmpty();
        assertThat(GlyphText.clean("\u00AD")).isEqualTo("-");
        assertThat(GlyphText.clean("e")).isEqualTo("e");
    }

    @Test
    void knowsTheAccentsTexDrawsAsGlyphs() {
        assertThat(GlyphText.combiningMark("\u02C7")).isEqualTo('\u030C');
        assertThat(GlyphText.combiningMark("\u00B4")).isEqualTo('\u0301');
        assertThat(GlyphText.combiningMark("\u00A8")).isEqualTo('\u0308');
        assertThat(GlyphText.combiningMark("a")).isEqualTo((char) 0);
    }
}
