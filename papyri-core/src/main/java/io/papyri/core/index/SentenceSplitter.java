package io.papyri.core.index;

import java.util.List;

/**
 * Splits running text into sentences, so passages can be cut at sentence boundaries.
 *
 * <p>Implementations must be safe to call from several threads at once.
 */
public interface SentenceSplitter {

    /**
     * Splits text into its sentences, in order.
     *
     * @param text the text, usually one paragraph; never {@code null}
     * @return the sentences, each trimmed and non-empty; empty when the text is blank
     */
    List<String> split(String text);
}
