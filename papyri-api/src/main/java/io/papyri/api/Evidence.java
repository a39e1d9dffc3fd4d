package io.papyri.api;

import java.util.Objects;

/**
 * A passage offered in support of an output, with how strongly it supports it.
 *
 * @param passage the passage
 * @param score   the retrieval or support score, higher is stronger
 */
public record Evidence(Passage passage, double score) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param passage the passage
     * @param score the retrieval or support score, higher is stronger
     */
    public Evidence {
        Objects.requireNonNull(passage, "passage");
    }
}
