package io.papyri.core.internal;

import io.papyri.api.DocumentLimits;
import io.papyri.api.spi.PaperStore;
import io.papyri.api.spi.ProviderContext;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link ProviderContext} every provider of one {@code Papyri} instance gets.
 */
public final class SettingsContext implements ProviderContext {

    private final LayeredSettings settings;
    private final Clock clock;
    private final DocumentLimits limits;
    private final Supplier<Optional<PaperStore>> store;
    private final SharedResources shared;

    /**
     * Creates a context with no store and nothing shared, for reading settings alone.
     *
     * @param settings the layered settings
     * @param clock    the clock
     * @param limits   the document limits
     */
    public SettingsContext(LayeredSettings settings, Clock clock, DocumentLimits limits) {
        this(settings, clock, limits, Optional::empty, null);
    }

    /**
     * Creates the context of a {@code Papyri} instance.
     *
     * @param settings the layered settings
     * @param clock    the clock
     * @param limits   the document limits
     * @param store    finds the instance's store when a provider first asks for it
     * @param shared   the instance's shared objects, or null to share nothing
     */
    public SettingsContext(LayeredSettings settings, Clock clock, DocumentLimits limits,
                           Supplier<Optional<PaperStore>> store, SharedResources shared) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.store = Objects.requireNonNull(store, "store");
        this.shared = shared;
    }

    /**
     * This context with a top layer of settings that wins over all others, for an experiment variant.
     *
     * @param top the overriding settings
     * @return a context sharing this one's clock, limits, store and shared objects
     */
    public SettingsContext over(Map<String, String> top) {
        return new SettingsContext(settings.over(top), clock, limits, store, shared);
    }

    /** @return the layered settings */
    public LayeredSettings settings() {
        return settings;
    }

    @Override
    public Optional<String> setting(String key) {
        return settings.get(key);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public DocumentLimits limits() {
        return limits;
    }

    @Override
    public Optional<PaperStore> store() {
        return store.get();
    }

    @Override
    public <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> create) {
        return shared == null ? create.get() : shared.get(key, type, create);
    }
}
