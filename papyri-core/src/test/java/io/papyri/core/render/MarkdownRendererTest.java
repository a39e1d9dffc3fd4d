package io.papyri.core.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersTheWholePaperInOrder() {
        String markdown = renderer.render(SamplePapers.attention());

        assertThat(markdown).isEqualTo("""
                # Attention Is All You Need

                Ashish Vaswani, Noam Shazeer

                ## Abstract

                The dominant sequence transduction models are based on recurrent networks.

                Text before any heading.

                ## 1 Introduction

                Recurrent models are slow.

                Attention helps.

                ### 3.2 Attention

                Scaled dot-product.

                #### 3.2.1 Scaled Dot-Product Attention

                ## Figures and tables

                - Figure 1: The Transformer.

                ## References

                - [1] Jimmy Lei Ba. Layer normalization. 2016.
                - [2] Dzmitry Bahdanau. NMT. 2014.
                """);
    }

    @Test
    void headingHasLevelPlusOneHashesCappedAtSix() {
        assertThat(renderer.render(SamplePapers.withParagraphs("Top", 1))).contains("\n## Top\n");
        assertThat(renderer.render(SamplePapers.withParagraphs("Sub", 2))).contains("\n### Sub\n");
        assertThat(renderer.render(SamplePapers.withParagraphs("Deep", 5))).contains("\n###### Deep\n");
        assertThat(renderer.render(SamplePapers.withParagraphs("Deeper", 9))).contains("\n###### Deeper\n");
    }

    @Test
    void markupInPaperTextIsEscapedSoItShowsLiterally() {
        assertThat(MarkdownRenderer.inline("<script>alert(1)</script>")).isEqualTo("\\<script>alert(1)\\</script>");
        assertThat(MarkdownRenderer.inline("a *bold* _claim_ with `code` and [link](x) ~10%"))
                .isEqualTo("a \\*bold\\* \\_claim\\_ with \\`code\\` and [link\\](x) \\~10%");
        assertThat(MarkdownRenderer.inline("![image](x) [ref][def] <https://example.org> <!-- c --> <?php")).isEqualTo(
                "![image\\](x) [ref\\][def] \\<https://example.org> \\<!-- c --> \\<?php");
        assertThat(MarkdownRenderer.inline("C:\\path")).isEqualTo("C:\\\\path");
        assertThat(MarkdownRenderer.inline("&amp; &#42; but AT&T stays")).isEqualTo("\\&amp; \\&#42; but AT&T stays");
    }

    @Test
    void citationsAndComparisonsStayReadable() {
        assertThat(MarkdownRenderer.inline("as shown in [13] and [7, 9], p < 0.05 and x<3"))
                .isEqualTo("as shown in [13] and [7, 9], p < 0.05 and x<3");
        assertThat(MarkdownRenderer.inline("[1]: a line that would define a link"))
                .isEqualTo("\\[1]: a line that would define a link");
        assertThat(MarkdownRenderer.inline("[1] Ba. Layer normalization.")).isEqualTo("[1] Ba. Layer normalization.");
    }

    @Test
    void paragraphsThatLookLikeBlocksStayParagraphs() {
        assertThat(MarkdownRenderer.inline("2019. A year of results")).isEqualTo("2019\\. A year of results");
        assertThat(MarkdownRenderer.inline("3) third")).isEqualTo("3\\) third");
        assertThat(MarkdownRenderer.inline("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownRenderer.inline("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownRenderer.inline("> not a quote, p > 0.05")).isEqualTo("\\> not a quote, p > 0.05");
        assertThat(MarkdownRenderer.inline("---")).isEqualTo("\\---");
        assertThat(MarkdownRenderer.inline("3.14 is pi")).isEqualTo("3.14 is pi");
    }

    @Test
    void textIsJoinedOntoOneLineWithoutControlCharacters() {
        assertThat(MarkdownRenderer.inline("  line one\n  line\ttwo\u001b[31m  ")).isEqualTo("line one line two[31m");
    }

    @Test
    void numberedHeadingsNeedNoListEscape() {
        assertThat(renderer.render(SamplePapers.withParagraphs("1. INTRODUCTION", 1))).contains("\n## 1. INTRODUCTION\n");
        assertThat(renderer.render(SamplePapers.withParagraphs("2.1) Setup", 2))).contains("\n### 2.1) Setup\n");
    }

    @Test
    void trailingHashesOfAHeadingAreKept() {
        assertThat(renderer.render(SamplePapers.withParagraphs("Results ##", 1))).contains("\n## Results \\#\\#\n");
        assertThat(renderer.render(SamplePapers.withParagraphs("C#", 1))).contains("\n## C\\#\n");
    }

    @Test
    void titleWithQuotesAndTagsIsEscapedAndEmptyPartsAreLeftOut() {
        String markdown = renderer.render(SamplePapers.titled(SamplePapers.TRICKY_TITLE));

        assertThat(markdown).isEqualTo(
                "# Say \"hello\" \\<script>alert('x')\\</script> & \\\\ back\u00e9 \u03b1\u2192\u03b2\n");
        assertThat(renderer.render(SamplePapers.titled(""))).isEqualTo("\n");
        assertThat(renderer.mediaType()).startsWith("text/markdown");
    }
}
