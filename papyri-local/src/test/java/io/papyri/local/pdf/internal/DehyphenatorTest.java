package io.papyri.local.pdf.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DehyphenatorTest {

    @Test
    void joinsABrokenWordAndDropsTheLineBreakHyphen() {
        List<LayoutLine> page = lines(0, "the data representa-", "tion is compact.");

        assertThat(Dehyphenator.rejoin(List.of(page))).isEqualTo(1);

        assertThat(texts(page)).containsExactly("the data representation", "is compact.");
    }

    @Test
    void keepsTheHyphenTheDocumentSpellsWith() {
        List<LayoutLine> earlier = lines(0, "a well known pre-training recipe");
        List<LayoutLine> page = lines(0, "we describe the pre-", "training of the model.");

        Dehyphenator.rejoin(List.of(earlier, page));

        assertThat(texts(page)).containsExactly("we describe the pre-training", "of the model.");
    }

    @Test
    void dropsTheHyphenTheDocumentSpellsWithout() {
        List<LayoutLine> earlier = lines(0, "nonlinear maps are everywhere");
        List<LayoutLine> page = lines(0, "a strictly non-", "linear map.");

        Dehyphenator.rejoin(List.of(earlier, page));

        assertThat(texts(page)).containsExactly("a strictly nonlinear", "map.");
    }

    @Test
    void removesALineThatOnlyHeldTheRestOfTheWord() {
        List<LayoutLine> page = lines(0, "this is the conclu-", "sion.", "Next paragraph.");

        Dehyphenator.rejoin(List.of(page));

        assertThat(texts(page)).containsExactly("this is the conclusion.", "Next paragraph.");
    }

    @Test
    void continuesAtTheTopOfTheNextColumnAndOfTheNextPage() {
        List<LayoutLine> first = new ArrayList<>(lines(0, "left column ends with a hyphen-"));
        first.addAll(lines(1, "ated word and the right column ends in a brok-"));
        List<LayoutLine> second = lines(0, "en word too.");

        Dehyphenator.rejoin(List.of(first, second));

        assertThat(texts(first)).containsExactly("left column ends with a hyphenated",
                "word and the right column ends in a broken");
        assertThat(texts(second)).containsExactly("word too.");
    }

    @Test
    void leavesLinesThatDoNotContinueAWordAlone() {
        List<LayoutLine> page = lines(0, "prices rose by 5-", "10 percent -", "Then it fell.");

        Dehyphenator.rejoin(List.of(page));

        assertThat(texts(page)).containsExactly("prices rose by 5-10", "percent -", "Then it fell.");
    }

    @Test
    void keepsTheLeftEdgeOfALineWhoseFirstWordMovedUp() {
        List<LayoutLine> page = lines(0, "the data representa-", "tion is compact.");
        float right = page.get(1).x1();

        Dehyphenator.rejoin(List.of(page));

        assertThat(page.get(1).x0()).isEqualTo(72f);
        assertThat(page.get(1).x1()).isEqualTo(right);
        assertThat(page.get(1).toTextLine().box().x()).isEqualTo(72.0);
    }

    @Test
    void keepsTheHyphenWhenTheRestGoesOnWithAHyphen() {
        List<LayoutLine> page = lines(0, "achieves 28.4 BLEU on the English-", "to-German translation task.");

        Dehyphenator.rejoin(List.of(page));

        assertThat(texts(page)).containsExactly("achieves 28.4 BLEU on the English-to-German", "translation task.");
    }

    @Test
    void keepsTheHyphenWhereTheDocumentJoinsThePartsInsideALongerCompound() {
        List<LayoutLine> earlier = lines(0, "results on English-to-French are good");
        List<LayoutLine> page = lines(0, "and on English-", "to-French too.");

        Dehyphenator.rejoin(List.of(earlier, page));

        assertThat(texts(page)).containsExactly("and on English-to-French", "too.");
    }

    @Test
    void keepsTheHyphenBetweenTwoWordsTheDocumentNeverWritesClosedUp() {
        List<LayoutLine> earlier = lines(0, "a sequence of tokens where we align the outputs");
        List<LayoutLine> page = lines(0, "without using sequence-", "aligned recurrent networks.");

        Dehyphenator.rejoin(List.of(earlier, page));

        assertThat(texts(page)).containsExactly("without using sequence-aligned", "recurrent networks.");
    }

    @Test
    void dropsTheHyphenWhenTheRestIsNoWordOfTheDocument() {
        // "log" forms compounds, but "arithmic" is only the end of a broken word
        List<LayoutLine> earlier = lines(0, "the log-likelihood and the log-power spectrum of the log");
        List<LayoutLine> page = lines(0, "on a log-", "arithmic scale.");

        Dehyphenator.rejoin(List.of(earlier, page));

        assertThat(texts(page)).containsExactly("on a logarithmic", "scale.");
    }

    @Test
    void dropsTheHyphenBetweenWordsThatFormClosedCompounds() {
        List<LayoutLine> earlier = lines(0, "more data over more time");
        List<LayoutLine> page = lines(0, "the results. More-", "over, the model is small.");

        Dehyphenator.rejoin(List.of(earlier, page));

        assertThat(texts(page)).containsExactly("the results. Moreover,", "the model is small.");
    }

    @Test
    void doesNotTakeThePiecesOfBrokenWordsForWords() {
        // "Pro" is a word here; "portionally" only completes a broken word, even past a formula piece
        List<LayoutLine> earlier = lines(0, "a MacBook Pro screen");
        List<LayoutLine> page = lines(0, "roughness scales pro-", "x", "portionally to the window.");

        Dehyphenator.rejoin(List.of(earlier, page));

        assertThat(texts(page)).containsExactly("roughness scales proportionally", "x", "to the window.");
    }

    @Test
    void followsTheSpellingTheDocumentUsesMostOften() {
        List<LayoutLine> earlier = lines(0, "non-zero entries, more non-zero entries and a nonzero one");
        List<LayoutLine> page = lines(0, "count the non-", "zero entries.");

        Dehyphenator.rejoin(List.of(earlier, page));

        assertThat(texts(page)).containsExactly("count the non-zero", "entries.");
    }

    @Test
    void joinsACapitalRestWhenTheDocumentWritesTheWordClosedUp() {
        List<LayoutLine> earlier = lines(0, "the PASCAL VOC sets and the Johnson bound");
        List<LayoutLine> page = lines(0, "we fine-tune on the PAS-", "CAL VOC sets and the Johnson-", "Lindenstrauss lemma.");

        Dehyphenator.rejoin(List.of(earlier, page));

        assertThat(texts(page)).containsExactly("we fine-tune on the PASCAL", "VOC sets and the Johnson-Lindenstrauss",
                "lemma.");
    }

    /** Lines of one column, 12 points apart, in 10-point type. */
    private static List<LayoutLine> lines(int column, String... texts) {
        List<LayoutLine> lines = new ArrayList<>();
        float baseline = 100;
        for (String text : texts) {
            List<Word> words = new ArrayList<>();
            float x = 72;
            for (String w : text.split(" ")) {
                words.add(new Word(w, x, x + 5 * w.length(), "Times-Roman", 10, false, false, w.length()));
                x += 5 * w.length() + 3;
            }
            LayoutLine line = new LayoutLine(words, baseline, baseline - 8, baseline + 2);
            line.column(column);
            lines.add(line);
            baseline += 12;
        }
        return lines;
    }

    private static List<String> texts(List<LayoutLine> lines) {
        return lines.stream().map(LayoutLine::text).toList();
    }
}
