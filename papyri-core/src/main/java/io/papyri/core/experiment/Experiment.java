package io.papyri.core.experiment;

import io.papyri.api.FeedbackTarget;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An A/B experiment: two or more weighted {@link Variant variants} whose outputs of one kind are
 * rated by users.
 *
 * @param name     the experiment's name; matches {@code [a-z0-9][a-z0-9-]{0,63}}
 * @param target   what kind of output the variants produce and users rate
 * @param variants the variants, at least two, with unique names; copied. The first is the control.
 */
public record Experiment(String name, FeedbackTarget target, List<Variant> variants) {

    /**
     * Validates and copies the components.
     *
     * @param name the experiment's name
     * @param target what kind of output is rated
     * @param variants the variants, the first being the control
     * @throws IllegalArgumentException if the name is invalid, there are fewer than two variants, or
     *                                  two variants share a name
     * @throws NullPointerException     if a component or a variant is null
     */
    public Experiment {
        Variant.checkName("experiment", name);
        Objects.requireNonNull(target, "target");
        variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
        if (variants.size() < 2) {
            throw new IllegalArgumentException("experiment '" + name
                    + "' needs at least two variants, has " + variants.size());
        }
        Set<String> seen = new HashSet<>();
        for (Variant v : variants) {
            if (!seen.add(v.name())) {
                throw new IllegalArgumentException("experiment '" + name
                        + "' has two variants named '" + v.name() + "'; variant names must be unique");
            }
        }
    }

    /**
     * The variant of the given name.
     *
     * @param variantName a variant's name
     * @return the variant
     * @throws IllegalArgumentException if the experiment has no such variant
     */
    public Variant variant(String variantName) {
        for (Variant v : variants) {
            if (v.name().equals(variantName)) {
                return v;
            }
        }
        throw new IllegalArgumentException("experiment '" + name + "' has no variant '" + variantName + "'");
    }
}
