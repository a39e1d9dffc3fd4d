package io.papyri.examples.cli;

import io.papyri.api.Paper;
import io.papyri.api.Paragraph;
import io.papyri.api.Passage;
import io.papyri.api.Provenance;
import io.papyri.api.Section;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.api.spi.ProviderContext;
import io.papyri.api.spi.Summarizer;
import io.papyri.api.spi.SummarizerProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * Test summarizer {@code fixture-lead}: the first sentence of each section with text; for a TLDR,
 * only that of the last such section (so it differs from the lead baseline).
 */
public final class LeadSentenceSummarizerProvider implements SummarizerProvider {

    static final String NAME = "fixture-lead";
    /** At most this many sentences (default: one per section); a second variant for experiments. */
    static final String MAX_SENTENCES = "fixture.lead.max-sentences";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "test fixture: the first sentence of each section";
    }

    @Override
    public Summarizer create(ProviderContext context) {
        int max = context.setting(MAX_SENTENCES).map(Integer::parseInt).orElse(Integer.MAX_VALUE);
        return (paper, style) -> summarize(paper, style, max);
    }

    private static Summary summarize(Paper paper, SummaryStyle style, int maxSentences) {
        List<Summary.Sentence> sentences = new ArrayList<>();
        int index = 0;
        for (Section section : paper.sections()) {
            for (Paragraph paragraph : section.paragraphs()) {
                if (!paragraph.text().isBlank()) {
                    Passage source = new Passage(paper.id(), index, section.heading(), paragraph.page(), paragraph.text());
                    sentences.add(new Summary.Sentence(OverlapRetrieval.firstSentence(paragraph.text()), source));
                    break;
                }
            }
            index++;
        }
        if (style == SummaryStyle.TLDR && sentences.size() > 1) {
            sentences = List.of(sentences.get(sentences.size() - 1));
        }
        if (sentences.size() > maxSentences) {
            sentences = sentences.subList(0, maxSentences);
        }
        boolean all = maxSentences == Integer.MAX_VALUE;
        return new Summary(all ? "fixture-summary" : "fixture-summary-" + maxSentences, paper.id(), style, sentences,
                new Provenance(NAME, "lead-sentence-1", all ? "0" : String.valueOf(maxSentences)));
    }
}
