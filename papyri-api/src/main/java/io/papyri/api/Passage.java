package io.papyri.api;

import java.util.Objects;

/**
 * A piece of a paper that can be retrieved and cited: a paragraph or part of one.
 *
 * @param paperId the paper
 * @param index   the passage's position in the paper's passage list, from 0
 * @param section the heading of the section it belongs to, empty for unheaded text
 * @param page    the 1-based page it starts on
 * @param text    the passage text
 */
public record Passage(PaperId paperId, int index, String section, int page, String text) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param paperId the paper
     * @param index the passage's position in the paper's passage list, from 0
     * @param section the heading of the section it belongs to, empty for unheaded text
     * @param page the 1-based page it starts on
     * @param text the passage text
     */
    public Passage {
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
    }
}
