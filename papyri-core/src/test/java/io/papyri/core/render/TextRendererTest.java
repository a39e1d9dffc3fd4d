package io.papyri.core.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextRendererTest {

    @Test
    void rendersReadablePlainTextWithoutMarkup() {
        String text = new TextRenderer().render(SamplePapers.attention());

        assertThat(text).isEqualTo("""
                Attention Is All You Need
                =========================

                Ashish Vaswani, Noam Shazeer

                Abstract
                --------

                The dominant sequence transduction models are based on recurrent networks.

                Text before any heading.

                1 Introduction
                --------------

                Recurrent models are slow.

                Attention helps.

                3.2 Attention

                Scaled dot-product.

                3.2.1 Scaled Dot-Product Attention

                Figures and tables
                ------------------

                Figure 1: The Transformer.

                References
                ----------

                [1] Jimmy Lei Ba. Layer normalization. 2016.
                [2] Dzmitry Bahdanau. NMT. 2014.
                """);
    }

    @Test
    void wrapsParagraphsAtTheGivenWidthAndKeepsLongWordsWhole() {
        String text = new TextRenderer(12).render(SamplePapers.withParagraphs("", 1,
                "one two three four five", "supercalifragilistic x"));

        assertThat(text).isEqualTo("T\n=\n\none two\nthree four\nfive\n\nsupercalifragilistic\nx\n");
    }

    @Test
    void textIsShownLiterallyOnOneLineWithoutControlCharacters() {
        String text = new TextRenderer().render(SamplePapers.withParagraphs("", 1, "a <b> *c*\n  d\u001b[2J e"));

        assertThat(text).isEqualTo("T\n=\n\na <b> *c* d[2J e\n");
    }

    @Test
    void titleUnderlineCountsCharactersNotUtf16Units() {
        String text = new TextRenderer().render(SamplePapers.titled("\ud835\udc00B"));

        assertThat(text).isEqualTo("\ud835\udc00B\n==\n");
    }

    @Test
    void negativeWidthIsRefused() {
        assertThatThrownBy(() -> new TextRenderer(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width");
    }
}
