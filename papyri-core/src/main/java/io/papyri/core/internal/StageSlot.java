package io.papyri.core.internal;

import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.Provider;
import io.papyri.api.spi.ProviderContext;
import io.papyri.api.spi.Stage;

import java.util.Objects;

/**
 * One stage of a {@code Papyri} instance: an instance given by the user, a provider created on
 * first use, or a clear error when no provider is installed.
 *
 * @param <T> the stage interface
 */
public final class StageSlot<T extends Stage> {

    private final StageKind kind;
    private final String providerName;
    private final Provider<?> provider;
    private final String unavailableMessage;
    private final ProviderContext context;
    private final boolean owned;
    private volatile T instance;

    private StageSlot(StageKind kind, String providerName, Provider<?> provider, T instance,
                      String unavailableMessage, ProviderContext context, boolean owned) {
        this.kind = kind;
        this.providerName = providerName;
        this.provider = provider;
        this.instance = instance;
        this.unavailableMessage = unavailableMessage;
        this.context = context;
        this.owned = owned;
    }

    /**
     * A stage the user built; Papyri does not close it.
     *
     * @param kind     the stage kind
     * @param instance the stage
     * @param <T>      the stage interface
     * @return the slot
     */
    public static <T extends Stage> StageSlot<T> of(StageKind kind, T instance) {
        Objects.requireNonNull(instance, kind.stage().getSimpleName());
        return new StageSlot<>(kind, "custom:" + instance.getClass().getSimpleName(), null, instance, null, null, false);
    }

    /**
     * A stage created by a provider on first use; Papyri closes it.
     *
     * @param kind     the stage kind
     * @param provider the provider
     * @param context  what the provider is created with
     * @param <T>      the stage interface
     * @return the slot
     */
    public static <T extends Stage> StageSlot<T> provided(StageKind kind, Provider<?> provider, ProviderContext context) {
        return new StageSlot<>(kind, provider.name(), provider, null, null, context, true);
    }

    /**
     * A stage with no provider installed: using it fails with the message.
     *
     * @param kind    the stage kind
     * @param name    the provider name that was looked for
     * @param message what is missing and what to do
     * @param <T>     the stage interface
     * @return the slot
     */
    public static <T extends Stage> StageSlot<T> unavailable(StageKind kind, String name, String message) {
        return new StageSlot<>(kind, name, null, null, message, null, false);
    }

    /** @return the name of the provider behind this slot */
    public String providerName() {
        return providerName;
    }

    /** @return whether using the stage would fail because no provider is installed */
    public boolean isAvailable() {
        return unavailableMessage == null;
    }

    /**
     * The stage, created on first call.
     *
     * @return the stage
     * @throws ProviderConfigurationException when no provider is installed or the provider fails to start
     */
    public T get() {
        T current = instance;
        if (current != null) {
            return current;
        }
        if (unavailableMessage != null) {
            throw new ProviderConfigurationException(unavailableMessage);
        }
        synchronized (this) {
            if (instance == null) {
                instance = create();
            }
            return instance;
        }
    }

    /** Closes the stage if Papyri created it. */
    public void close() {
        T current = instance;
        if (owned && current != null) {
            current.close();
        }
    }

    @SuppressWarnings("unchecked")
    private T create() {
        Object created;
        try {
            created = provider.create(context);
        } catch (ProviderConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProviderConfigurationException("The " + kind.stage().getSimpleName() + " provider '"
                    + providerName + "' failed to start: " + e.getMessage(), e);
        }
        if (!kind.stage().isInstance(created)) {
            throw new ProviderConfigurationException("The " + kind.stage().getSimpleName() + " provider '"
                    + providerName + "' created a " + (created == null ? "null" : created.getClass().getName())
                    + " instead of a " + kind.stage().getName() + ".");
        }
        return (T) created;
    }
}
