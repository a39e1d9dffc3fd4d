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
