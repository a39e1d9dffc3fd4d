package io.papyri.api;

import java.util.Objects;

/**
 * A figure or table caption, kept apart from the body text.
 *
 * @param kind  {@code figure} or {@code table}
 * @param label the label as printed ("Figure 3", "Table 1")
 * @param text  the whole caption, label included
 * @param page  the 1-based page it stands on
 */
public record Caption(String kind, String label, String text, int page) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param kind {@code figure} or {@code table}
     * @param label the label as printed ("Figure 3", "Table 1")
     * @param text the whole caption, label included
     * @param page the 1-based page it stands on
     */
    public Caption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
