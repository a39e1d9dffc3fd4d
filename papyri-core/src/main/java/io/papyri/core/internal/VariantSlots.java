package io.papyri.core.internal;

import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.Provider;
import io.papyri.api.spi.Stage;
import io.papyri.core.experiment.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The stages that serve experiment variants: one per variant's provider and settings, created when
 * first used and kept until the {@code Papyri} instance closes, so that a variant's model is loaded once.
 * Each variant's settings lie over the instance's settings; shared objects (models, caches) stay shared.
 */
public final class VariantSlots implements AutoCloseable {

    private final ProviderCatalog catalog;
    private final SettingsContext context;
    private final ConcurrentMap<String, StageSlot<?>> slots = new ConcurrentHashMap<>();

    /**
     * @param catalog the installed providers
     * @param context the instance's provider context
     */
    public VariantSlots(ProviderCatalog catalog, SettingsContext context) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * The stage serving a variant.
     *
     * @param kind    the stage the experiment varies
     * @param variant the variant
     * @param <T>     the stage's type
     * @return its slot; the same one for the same provider and settings
     * @throws ProviderConfigurationException when the variant's provider is not installed
     */
    @SuppressWarnings("unchecked")
    public <T extends Stage> StageSlot<T> slot(StageKind kind, Variant variant) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(variant, "variant");
        String key = kind + "\0" + variant.provider() + "\0" + new TreeMap<>(variant.settings());
        return (StageSlot<T>) slots.computeIfAbsent(key, k -> create(kind, variant));
    }

    private StageSlot<?> create(StageKind kind, Variant variant) {
        Provider<?> provider = catalog.find(kind, variant.provider()).orElseThrow(() -> {
            List<String> installed = catalog.names(kind);
            return new ProviderConfigurationException("Variant '" + variant.name() + "' asks for the "
                    + kind.stage().getSimpleName() + " provider '" + variant.provider() + "', which is not installed ("
                    + (installed.isEmpty() ? "none is" : "installed: " + String.join(", ", installed))
                    + "). Change the experiment's variant, or add the module that provides it to the class path.");
        });
        return StageSlot.provided(kind, provider, context.over(variant.settings()));
    }

    /** Closes every variant's stage; the first failure is thrown with the others suppressed. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Map.Entry<String, StageSlot<?>> entry : slots.entrySet()) {
            try {
                entry.getValue().close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        slots.clear();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
