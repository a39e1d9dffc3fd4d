package io.papyri.core.experiment;

import java.util.List;
import java.util.Objects;

/**
 * What was observed of one variant: how often it was shown and the ratings it received.
 *
 * @param variant   the variant's name
 * @param exposures how many times the variant's output was shown; at least the number of ratings
 * @param ratings   the ratings it received, each from 1 to 5; copied
 */
public record VariantData(String variant, long exposures, List<Integer> ratings) {

    /**
     * Validates and copies the components.
     *
     * @param variant the variant's name
     * @param exposures how many times it was shown
     * @param ratings the ratings, each 1..5
     * @throws IllegalArgumentException if the name is invalid, a rating is outside 1..5, or there
     *                                  are more ratings than exposures
     * @throws NullPointerException     if a component or a rating is null
     */
    public VariantData {
        Variant.checkName("variant", variant);
        ratings = List.copyOf(Objects.requireNonNull(ratings, "ratings"));
        for (int r : ratings) {
            if (r < 1 || r > 5) {
                throw new IllegalArgumentException("variant '" + variant + "': rating " + r + " is outside 1..5");
            }
        }
        if (exposures < ratings.size()) {
            throw new IllegalArgumentException("variant '" + variant + "': " + ratings.size()
                    + " ratings but only " + exposures + " exposures; every rating needs an exposure");
        }
    }
}
