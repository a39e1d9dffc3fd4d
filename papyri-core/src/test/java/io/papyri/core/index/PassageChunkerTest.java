package io.papyri.core.index;

import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.Passage;
import io.papyri.api.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PassageChunkerTest {

    private static final PaperId ID = PaperId.parse("arxiv:1706.03762");

    private static Paper paper(String abstractText, Section... sections) {
        return new Paper(ID, "Attention Is All You Need", List.of("A. Vaswani"), abstractText, List.of(sections),
                List.of(), List.of(), Map.of());
    }

    /** A sentence of exactly {@code words} words whose first word names it. */
    private static String sentence(String name, int words) {
        return name + IntStream.range(1, words).mapToObj(i -> " w" + i).collect(Collectors.joining()) + ".";
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }

    @Test
    void givesOnePassagePerParagraphWithSectionPageAndReadingOrderIndex() {
        Paper paper = paper("We propose the Transformer.",
                new Section("1 Introduction", 1, 1, List.of(
                        new Paragraph("Recurrent models dominate.", 1),
                        new Paragraph("   ", 1),
                        new Paragraph("Attention  helps\nwith long   ranges.", 2))),
                new Section("2 Background", 1, 2, List.of(new Paragraph("", 2), new Paragraph("Prior work.", 3))));

        List<Passage> passages = new PassageChunker().chunk(paper);

        assertThat(passages).containsExactly(
                new Passage(ID, 0, "Abstract", 1, "We propose the Transformer."),
                new Passage(ID, 1, "1 Introduction", 1, "Recurrent models dominate."),
                new Passage(ID, 2, "1 Introduction", 2, "Attention helps with long ranges."),
                new Passage(ID, 3, "2 Background", 3, "Prior work."));
    }

    @Test
    void leavesOutTheAbstractWhenAskedOrWhenEmpty() {
        Section body = new Section("", 1, 1, List.of(new Paragraph("Unheaded text.", 1)));

        assertThat(new PassageChunker().withAbstract(false).chunk(paper("An abstract.", body)))
                .containsExactly(new Passage(ID, 0, "", 1, "Unheaded text."));
        assertThat(new PassageChunker().chunk(paper("", body)))
                .containsExactly(new Passage(ID, 0, "", 1, "Unheaded text."));
    }

    @Test
    void splitsALongParagraphAtSentenceBoundariesWithinTheBudget() {
        List<String> sentences = List.of(sentence("First", 8), sentence("Second", 8), sentence("Third", 8),
                sentence("Fourth", 5), sentence("Fifth", 12));
        String paragraph = String.join(" ", sentences);
        Paper paper = paper("", new Section("3 Model", 1, 4, List.of(new Paragraph(paragraph, 5))));

        List<Passage> passages = new PassageChunker(new RuleSentenceSplitter(), 20, true).chunk(paper);

        assertThat(passages).extracting(Passage::text).containsExactly(
                sentences.get(0) + " " + sentences.get(1),
                sentences.get(2) + " " + sentences.get(3),
                sentences.get(4));
        assertThat(passages).allSatisfy(p -> {
            assertThat(words(p.text())).isLessThanOrEqualTo(20);
            assertThat(p.text()).endsWith(".");
            assertThat(p.section()).isEqualTo("3 Model");
            assertThat(p.page()).isEqualTo(5);
        });
        assertThat(passages).extracting(Passage::index).containsExactly(0, 1, 2);
        assertThat(String.join(" ", passages.stream().map(Passage::text).toList())).isEqualTo(paragraph);
    }

    @Test
    void keepsAbbreviationsTogetherWhenSplittingWithTheRuleSplitter() {
        String first = "As shown by Vaswani et al. (2017) in Fig. 3, attention works.";
        String second = "It reaches 0.5 loss, e.g. on WMT.";
        Paper paper = paper("", new Section("4 Results", 1, 6, List.of(new Paragraph(first + " " + second, 6))));

        List<Passage> passages = new PassageChunker().withMaxWords(12).chunk(paper);

        assertThat(passages).extracting(Passage::text).containsExactly(first, second);
    }

    @Test
    void cutsASingleSentenceLongerThanTheBudgetIntoWordRuns() {
        String longSentence = sentence("Long", 25);
        String shortSentence = "Short one.";
        Paper paper = paper("", new Section("5", 1, 1,
                List.of(new Paragraph(shortSentence + " " + longSentence + " " + shortSentence, 2))));

        List<Passage> passages = new PassageChunker().withMaxWords(10).chunk(paper);

        assertThat(passages).extracting(p -> words(p.text())).containsExactly(2, 10, 10, 5, 2);
        assertThat(passages.get(0).text()).isEqualTo(shortSentence);
        assertThat(passages.get(1).text()).startsWith("Long w1 ");
        assertThat(passages.get(3).text()).endsWith("w24.");
        assertThat(passages.get(4).text()).isEqualTo(shortSentence);
    }

    @Test
    void splitsALongAbstractToo() {
        String abstractText = sentence("One", 150) + " " + sentence("Two", 150);

        List<Passage> passages = new PassageChunker().chunk(paper(abstractText));

        assertThat(passages).hasSize(2).allSatisfy(p -> {
            assertThat(p.section()).isEqualTo("Abstract");
            assertThat(p.page()).isEqualTo(1);
            assertThat(words(p.text())).isEqualTo(150);
        });
        assertThat(new PassageChunker().maxWords()).isEqualTo(PassageChunker.DEFAULT_MAX_WORDS);
    }

    @Test
    void rejectsABudgetBelowOne() {
        assertThatThrownBy(() -> new PassageChunker().withMaxWords(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void paragraphsKeepTheirExactTextWhateverTheirLength() {
        String longParagraph = sentence("Long", 450);
        Paper paper = paper("We propose  the Transformer.",
                new Section("1 Introduction", 1, 1, List.of(
                        new Paragraph("Attention  helps\nwith long   ranges.", 2),
                        new Paragraph(" ", 2),
                        new Paragraph(longParagraph, 3))));
        List<Passage> passages = new PassageChunker().paragraphs(paper);
        assertThat(passages).extracting(Passage::text)
                .containsExactly("We propose  the Transformer.", "Attention  helps\nwith long   ranges.", longParagraph);
        assertThat(passages).extracting(Passage::index).containsExactly(0, 1, 2);
        assertThat(passages).extracting(Passage::section).containsExactly("Abstract", "1 Introduction", "1 Introduction");
        assertThat(passages).extracting(Passage::page).containsExactly(1, 2, 3);
        assertThat(new PassageChunker().withAbstract(false).paragraphs(paper)).hasSize(2);
    }
}
