package io.papyri.api.spi;

import io.papyri.api.DocumentLimits;
import io.papyri.api.ProviderConfigurationException;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a provider gets when it is created: settings, the clock, the document limits, the store and
 * the objects its sibling providers share.
 *
 * <p>Settings are looked up by key ({@code papyri.arxiv.api-url}) in this order: the builder's
 * {@code setting(...)} calls, system properties, environment variables (the key upper-cased with
 * '.' and '-' as '_': {@code PAPYRI_ARXIV_API_URL}), then {@code papyri.properties} on the class path.
 */
public interface ProviderContext {

    /**
     * A setting's value.
     *
     * @param key the setting key, such as {@code papyri.store.dir}
     * @return the value, or empty when no layer sets it
     */
    Optional<String> setting(String key);

    /** @return the clock providers must use for time, so tests can control it */
    Clock clock();

    /** @return the limits on one document */
    DocumentLimits limits();

    /**
     * The store of the {@code Papyri} instance, where a provider may keep what it derives from a
     * paper (an index, a cache) beside the paper's other artifacts.
     *
     * @return the configured store, or empty when none is installed
     */
    default Optional<PaperStore> store() {
        return Optional.empty();
    }

    /**
     * An object shared by all providers of one {@code Papyri} instance, such as a loaded model,
     * created by the first provider that asks for it and closed when the instance closes.
     *
     * <p>This default shares nothing: it creates a new object on each call, which the caller then owns.
     *
     * @param key    names the object; providers that pass the same key get the same object
     * @param type   the object's type
     * @param create makes the object on first use
     * @param <T>    the object's type
     * @return the shared object
     */
    default <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> create) {
        return create.get();
    }

    /**
     * A setting's value, or a fallback.
     *
     * @param key      the setting key
     * @param fallback the value when the setting is absent
     * @return the value
     */
    default String setting(String key, String fallback) {
        return setting(key).orElse(fallback);
    }

    /**
     * A whole-number setting.
     *
     * @param key      the setting key
     * @param fallback the value when the setting is absent
     * @return the value
     * @throws ProviderConfigurationException when the value is not a whole number
     */
    default long longSetting(String key, long fallback) {
        Optional<String> value = setting(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.get().trim());
        } catch (NumberFormatException e) {
            throw new ProviderConfigurationException("Setting " + key + "='" + value.get()
                    + "' is not a whole number; set it to a value such as " + fallback + ".", e);
        }
    }

    /**
     * A duration setting, written as ISO-8601 ({@code PT30S}) or as seconds ({@code 30}).
     *
     * @param key      the setting key
     * @param fallback the value when the setting is absent
     * @return the value
     * @throws ProviderConfigurationException when the value is not a duration
     */
    default Duration durationSetting(String key, Duration fallback) {
        Optional<String> value = setting(key);
        if (value.isEmpty()) {
            return fallback;
        }
        String text = value.get().trim();
        try {
            return text.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(text)) : Duration.parse(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ProviderConfigurationException("Setting " + key + "='" + text
                    + "' is not a duration; write seconds (30) or ISO-8601 (PT30S).", e);
        }
    }
}
