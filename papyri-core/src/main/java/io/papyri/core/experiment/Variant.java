package io.papyri.core.experiment;

import io.papyri.api.Exposure;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One arm of an {@link Experiment}: a provider with its configuration, and its share of the traffic.
 *
 * @param name     the variant's name, unique within its experiment; matches {@code [a-z0-9][a-z0-9-]{0,63}}
 * @param provider the name of the provider serving this variant, e.g. {@code local}; not blank
 * @param settings the provider's configuration for this variant; copied, may be empty
 * @param weight   the variant's relative share of the traffic; positive and finite
 */
public record Variant(String name, String provider, Map<String, String> settings, double weight) {

    /** The pattern names of experiments and variants must match. */
    static final Pattern NAME = Exposure.NAME;

    /**
     * Validates and copies the components.
     *
     * @param name the variant's name
     * @param provider the provider's name
     * @param settings the provider's configuration
     * @param weight the relative share of the traffic
     * @throws IllegalArgumentException if the name, provider or weight is invalid
     * @throws NullPointerException     if a component or a settings key or value is null
     */
    public Variant {
        checkName("variant", name);
        Objects.requireNonNull(provider, "provider");
        if (provider.isBlank()) {
            throw new IllegalArgumentException("variant '" + name + "': provider must not be blank");
        }
        settings = Map.copyOf(Objects.requireNonNull(settings, "settings"));
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException(
                    "variant '" + name + "': weight must be positive and finite, was " + weight);
        }
    }

    static void checkName(String what, String name) {
        Objects.requireNonNull(name, what + " name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " name '" + name
                    + "' must match [a-z0-9][a-z0-9-]{0,63} (lower-case letters, digits and hyphens, 1-64 characters)");
        }
    }
}
