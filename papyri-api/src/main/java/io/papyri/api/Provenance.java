package io.papyri.api;

import java.util.Objects;

/**
 * What produced an output, so that outputs of different models can be compared and rated apart.
 *
 * @param provider   the provider name ({@code local}, {@code bedrock}, ...)
 * @param model      the model or algorithm name and version
 * @param configHash a short hash of the configuration that shaped the output
 */
public record Provenance(String provider, String model, String configHash) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param provider the provider name ({@code local}, {@code bedrock}, ...)
     * @param model the model or algorithm name and version
     * @param configHash a short hash of the configuration that shaped the output
     */
    public Provenance {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(configHash, "configHash");
    }
}
