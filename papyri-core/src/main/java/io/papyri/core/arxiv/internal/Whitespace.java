package io.papyri.core.arxiv.internal;

import java.util.regex.Pattern;

/** Collapses runs of whitespace, as arXiv hard-wraps and indents titles and abstracts. */
public final class Whitespace {

    private static final Pattern RUN = Pattern.compile("\\p{IsWhite_Space}+");

    private Whitespace() {
    }

    /**
     * Collapses every run of whitespace (line breaks, tabs, no-break spaces) to one space and trims.
     *
     * @param text the text, may be {@code null}
     * @return the normalized text; {@code null} stays {@code null}
     */
    public static String normalize(String text) {
        return text == null ? null : RUN.matcher(text).replaceAll(" ").strip();
    }
}
