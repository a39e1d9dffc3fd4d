package io.papyri.api;

/** The kinds of summary a {@link io.papyri.api.spi.Summarizer} can write. */
public enum SummaryStyle {
    /** One sentence. */
    TLDR,
    /** About 150 to 250 words, like a paper's abstract. */
    ABSTRACT,
    /** Key points for each section. */
    SECTIONS
}
