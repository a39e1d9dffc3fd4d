package io.papyri.core.internal;

import io.papyri.api.DocumentLimits;
import io.papyri.api.spi.ProviderContext;

import java.time.Clock;
import java.util.Optional;

/**
 * The {@link ProviderContext} every provider of one {@code Papyri} instance gets.
 *
 * @param settings the layered settings
 * @param clock    the clock
 * @param limits   the document limits
 */
public record SettingsContext(LayeredSettings settings, Clock clock, DocumentLimits limits) implements ProviderContext {

    @Override
    public Optional<String> setting(String key) {
        return settings.get(key);
    }
}
