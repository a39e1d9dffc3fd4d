package io.papyri.api;

import java.util.Objects;

/**
 * How often one variant of an experiment was shown.
 *
 * @param variant   the variant's name
 * @param exposures distinct (unit, output) pairs shown
 * @param units     distinct users or sessions shown at least one output
 */
public record ExposureCount(String variant, long exposures, long units) {

    /**
     * Checks the components.
     *
     * @param variant the variant's name
     * @param exposures the number of exposures
     * @param units the number of units
     * @throws IllegalArgumentException when a count is negative or there are more units than exposures
     */
    public ExposureCount {
        Objects.requireNonNull(variant, "variant");
        if (exposures < 0 || units < 0 || units > exposures) {
            throw new IllegalArgumentException("Invalid exposure count for '" + variant + "': " + exposures
                    + " exposures, " + units + " units.");
        }
    }
}
