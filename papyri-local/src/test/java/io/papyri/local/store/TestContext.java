package io.papyri.local.store;

import io.papyri.api.DocumentLimits;
import io.papyri.api.spi.ProviderContext;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A provider context for tests: fixed settings, a given clock and limits.
 *
 * @param settings the settings
 * @param clock    the clock
 * @param limits   the document limits
 */
public record TestContext(Map<String, String> settings, Clock clock, DocumentLimits limits) implements ProviderContext {

    /**
     * A context with settings, the system clock and the default limits.
     *
     * @param settings the settings
     * @return the context
     */
    public static TestContext of(Map<String, String> settings) {
        return new TestContext(settings, Clock.systemUTC(), DocumentLimits.DEFAULT);
    }

    @Override
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }
}
