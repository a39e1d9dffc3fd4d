package io.papyri.api.spi;

import io.papyri.api.Paper;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;

/** Writes summaries whose sentences point back to the passages they came from. */
public interface Summarizer extends Stage {

    /**
     * Summarizes a paper.
     *
     * @param paper the paper
     * @param style the kind of summary
     * @return the summary
     */
    Summary summarize(Paper paper, SummaryStyle style);
}
