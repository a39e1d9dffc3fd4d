package io.papyri.local.index;

import java.util.Objects;

/**
 * One sentence of a paper's passage index.
 *
 * @param index   its position among all sentences of the paper, from 0
 * @param passage the index of the passage it belongs to
 * @param text    the sentence
 */
public record IndexedSentence(int index, int passage, String text) {

    /** Checks the values. */
    public IndexedSentence {
        Objects.requireNonNull(text, "text");
        if (index < 0 || passage < 0) {
            throw new IllegalArgumentException("sentence and passage indexes start at 0");
        }
    }
}
