package io.papyri.core.clean.internal;

import io.papyri.api.BoundingBox;
import io.papyri.api.TextLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineJoinerTest {

    private static Line line(String text, int page, int column) {
        return new Line(new TextLine(text, new BoundingBox(72, 100, 200, 10), "Times", 10, false, false, column),
                page, 612, 792, 0);
    }

    @Test
    void joinsLinesWithSpaces() {
        LineJoiner joiner = new LineJoiner();
        joiner.add(line("one line", 1, 0));
        joiner.add(line("and the next.", 1, 0));
        assertThat(joiner).hasToString("one line and the next.");
    }

    @Test
    void keepsHyphensTheExtractorLeftInsideAColumn() {
        LineJoiner joiner = new LineJoiner();
        joiner.add(line("ground- and space-based, pre-", 1, 0));
        joiner.add(line("trained models", 1, 0));
        assertThat(joiner).hasToString("ground- and space-based, pre-trained models");
    }

    @Test
    void rejoinsAWordBrokenAcrossColumns() {
        LineJoiner joiner = new LineJoiner();
        joiner.add(line("a representa-", 1, 0));
        joiner.add(line("tion of things", 1, 1));
        assertThat(joiner).hasToString("a representation of things");
    }
}
