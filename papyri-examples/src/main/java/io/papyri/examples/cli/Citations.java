package io.papyri.examples.cli;

import io.papyri.api.Passage;

/** How the commands cite a passage for people: {@code [Section name, p. 3]}. */
final class Citations {

    private Citations() {
    }

    /**
     * The bracketed citation of a passage; unheaded text is cited by page alone.
     *
     * @param passage the passage
     * @return such as {@code [2 Method, p. 3]} or {@code [p. 1]}
     */
    static String of(Passage passage) {
        String section = passage.section().strip();
        return "[" + (section.isEmpty() ? "" : section + ", ") + "p. " + passage.page() + "]";
    }
}
