package io.papyri.core.internal;

import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.Provider;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The providers found on the class path through {@link ServiceLoader}, by stage kind and name. */
public final class ProviderCatalog {

    private final Map<StageKind, Map<String, Provider<?>>> byKind = new EnumMap<>(StageKind.class);

    private ProviderCatalog() {
    }

    /**
     * Finds every registered provider.
     *
     * @param loader the class loader to search
     * @return the catalog
     * @throws ProviderConfigurationException when a registration is broken or two providers of one
     *                                        kind share a name
     */
    public static ProviderCatalog discover(ClassLoader loader) {
        ProviderCatalog catalog = new ProviderCatalog();
        for (StageKind kind : StageKind.values()) {
            Map<String, Provider<?>> named = new TreeMap<>();
            try {
                for (Provider<?> provider : ServiceLoader.load(kind.provider(), loader)) {
                    Provider<?> previous = named.putIfAbsent(provider.name(), provider);
                    if (previous != null && previous.getClass() != provider.getClass()) {
                        throw new ProviderConfigurationException("Two " + kind.stage().getSimpleName()
                                + " providers are named '" + provider.name() + "': " + previous.getClass().getName()
                                + " and " + provider.getClass().getName() + ". Remove one from the class path.");
                    }
                }
            } catch (ServiceConfigurationError e) {
                throw new ProviderConfigurationException("A " + kind.stage().getSimpleName()
                        + " provider could not be loaded: " + e.getMessage()
                        + ". Check the META-INF/services registration and the provider's dependencies.", e);
            }
            catalog.byKind.put(kind, named);
        }
        return catalog;
    }

    /**
     * A provider by name.
     *
     * @param kind the stage kind
     * @param name the provider name
     * @return the provider, or empty when none of that name is registered
     */
    public Optional<Provider<?>> find(StageKind kind, String name) {
        return Optional.ofNullable(byKind.get(kind).get(name));
    }

    /**
     * The names registered for a kind, sorted.
     *
     * @param kind the stage kind
     * @return the names
     */
    public List<String> names(StageKind kind) {
        return new ArrayList<>(byKind.get(kind).keySet());
    }

    /** @return every kind with the descriptions of its providers by name, for diagnostics */
    public Map<StageKind, Map<String, String>> describe() {
        Map<StageKind, Map<String, String>> all = new EnumMap<>(StageKind.class);
        byKind.forEach((kind, named) -> {
            Map<String, String> descriptions = new LinkedHashMap<>();
            named.forEach((name, provider) -> descriptions.put(name, provider.description()));
            all.put(kind, descriptions);
        });
        return all;
    }
}
