package io.papyri.core.clean.internal;

/** What a line turned out to be once the cleaner has read it in context. */
enum Role {
    /** Running text of a section. */
    BODY,
    /** Part of the paper's title. */
    TITLE,
    /** A line naming authors. */
    AUTHORS,
    /** Affiliations, emails, dates, keywords and other front matter around the title. */
    TITLE_BLOCK,
    /** The "Abstract" label or abstract text. */
    ABSTRACT,
    /** A section heading, or the first line of one that wraps. */
    HEADING,
    /** A further line of a heading that wraps, already merged into the heading's first line. */
    HEADING_CONTINUATION,
    /** An entry of a table of contents or list of figures. */
    CONTENTS,
    /** A figure or table caption. */
    CAPTION,
    /** A display equation. */
    EQUATION,
    /** A footnote at the bottom of a column. */
    FOOTNOTE,
    /** A line of the bibliography. */
    REFERENCE,
    /** Text inside a figure or table (axis labels, cells), not prose. */
    FIGURE_TEXT,
    /** Text in the page margin, outside the text block: a footer or header the extractor kept. */
    MARGIN_TEXT
}
