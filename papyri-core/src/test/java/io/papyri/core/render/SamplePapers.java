package io.papyri.core.render;

import io.papyri.api.Caption;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;

import java.util.List;
import java.util.Map;

/** Hand-built papers for the renderer tests. */
final class SamplePapers {

    static final String TRICKY_TITLE = "Say \"hello\" <script>alert('x')</script> & \\ back\u00e9 \u03b1\u2192\u03b2";

    private SamplePapers() {
    }

    /** A small paper with nested sections, an unheaded start, captions, references and removals. */
    static Paper attention() {
        return new Paper(PaperId.parse("arxiv:1706.03762v5"), "Attention Is All You Need",
                List.of("Ashish Vaswani", "Noam Shazeer"),
                "The dominant sequence transduction models are based on recurrent networks.",
                List.of(
                        new Section("", 1, 1, List.of(new Paragraph("Text before any heading.", 1))),
                        new Section("1 Introduction", 1, 1, List.of(
                                new Paragraph("Recurrent models are slow.", 1),
                                new Paragraph("Attention helps.", 2))),
                        new Section("3.2 Attention", 2, 3, List.of(new Paragraph("Scaled dot-product.", 3))),
                        new Section("3.2.1 Scaled Dot-Product Attention", 3, 4, List.of())),
                List.of(new Caption("figure", "Figure 1", "Figure 1: The Transformer.", 3)),
                List.of("[1] Jimmy Lei Ba. Layer normalization. 2016.", "[2] Dzmitry Bahdanau. NMT. 2014."),
                Map.of("running-header", 14, "equation", 3, "footnote", 1));
    }

    /** A paper with nothing but an id and a title. */
    static Paper titled(String title) {
        return new Paper(PaperId.parse("sha256:abc123"), title, List.of(), "", List.of(), List.of(), List.of(), Map.of());
    }

    /** A paper with one section holding the given paragraphs. */
    static Paper withParagraphs(String heading, int level, String... paragraphs) {
        List<Paragraph> list = java.util.Arrays.stream(paragraphs).map(p -> new Paragraph(p, 1)).toList();
        return new Paper(PaperId.parse("sha256:abc123"), "T", List.of(), "",
                List.of(new Section(heading, level, 1, list)), List.of(), List.of(), Map.of());
    }
}
