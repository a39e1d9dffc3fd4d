package io.papyri.core.internal;

import io.papyri.api.ProviderConfigurationException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The objects that the providers of one {@code Papyri} instance share (a loaded model, say), made
 * once on first use and closed, newest first, when the instance closes.
 */
public final class SharedResources implements AutoCloseable {

    private final Map<String, AutoCloseable> objects = new LinkedHashMap<>();
    private boolean closed;

    /**
     * The object under a key, made on first use.
     *
     * @param key    the object's name
     * @param type   the object's type
     * @param create makes the object
     * @param <T>    the object's type
     * @return the shared object
     * @throws ProviderConfigurationException when another type is already shared under the key
     */
    public synchronized <T extends AutoCloseable> T get(String key, Class<T> type, Supplier<T> create) {
        Objects.requireNonNull(key, "key");
        if (closed) {
            throw new IllegalStateException("This Papyri instance is closed; build a new one.");
        }
        AutoCloseable existing = objects.get(key);
        if (existing == null) {
            T made = Objects.requireNonNull(create.get(), "shared object " + key);
            objects.put(key, made);
            return made;
        }
        if (!type.isInstance(existing)) {
            throw new ProviderConfigurationException("Two providers share '" + key + "' as different types ("
                    + existing.getClass().getName() + " and " + type.getName() + "); give one of them another key.");
        }
        return type.cast(existing);
    }

    @Override
    public synchronized void close() {
        closed = true;
        List<AutoCloseable> newestFirst = new ArrayList<>(objects.values());
        Collections.reverse(newestFirst);
        objects.clear();
        RuntimeException failure = null;
        for (AutoCloseable object : newestFirst) {
            try {
                object.close();
            } catch (Exception e) {
                RuntimeException wrapped = e instanceof RuntimeException r ? r
                        : new IllegalStateException("Closing a shared object failed: " + e.getMessage(), e);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
