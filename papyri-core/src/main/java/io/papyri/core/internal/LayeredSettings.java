package io.papyri.core.internal;

import io.papyri.api.ProviderConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Settings looked up in layers: explicit values (from the builder), system properties, environment
 * variables ({@code papyri.arxiv.api-url} as {@code PAPYRI_ARXIV_API_URL}), then
 * {@code papyri.properties} on the class path. The first layer that has a key wins.
 */
public final class LayeredSettings {

    private final Map<String, String> overrides;
    private final Map<String, String> explicit;
    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;
    private final Properties classpathProperties;

    /**
     * @param explicit            values set in code
     * @param systemProperties    system property lookup, {@code System::getProperty} in production
     * @param environment         environment lookup, {@code System::getenv} in production
     * @param classpathProperties the contents of {@code papyri.properties}
     */
    public LayeredSettings(Map<String, String> explicit, Function<String, String> systemProperties,
                           Function<String, String> environment, Properties classpathProperties) {
        this(Map.of(), explicit, systemProperties, environment, classpathProperties);
    }

    private LayeredSettings(Map<String, String> overrides, Map<String, String> explicit,
                            Function<String, String> systemProperties, Function<String, String> environment,
                            Properties classpathProperties) {
        this.overrides = Map.copyOf(overrides);
        this.explicit = Map.copyOf(explicit);
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.classpathProperties = classpathProperties;
    }

    /**
     * The settings of this process: the given explicit values over the JVM's system properties,
     * environment and {@code papyri.properties}.
     *
     * @param explicit values set in code
     * @param loader   the class loader to find {@code papyri.properties} with
     * @return the settings
     */
    public static LayeredSettings ofProcess(Map<String, String> explicit, ClassLoader loader) {
        return new LayeredSettings(explicit, System::getProperty, System::getenv, classpathProperties(loader));
    }

    /**
     * These settings under a top layer of overrides, such as an experiment variant's configuration:
     * an override wins over every other layer, including system properties.
     *
     * @param top the overriding values
     * @return the layered settings; this instance is unchanged
     */
    public LayeredSettings over(Map<String, String> top) {
        Map<String, String> merged = new HashMap<>(overrides);
        merged.putAll(top);
        return new LayeredSettings(merged, explicit, systemProperties, environment, classpathProperties);
    }

    /**
     * The value of a key in the first layer that sets it; blank values count as unset.
     *
     * @param key the key, such as {@code papyri.extractor}
     * @return the value
     */
    public Optional<String> get(String key) {
        return firstNonBlank(overrides.get(key), explicit.get(key), systemProperties.apply(key),
                environment.apply(environmentName(key)), classpathProperties.getProperty(key));
    }

    /**
     * Where a key's value came from, for messages.
     *
     * @param key the key
     * @return a human description of the layer, or {@code default}
     */
    public String origin(String key) {
        if (isSet(overrides.get(key))) {
            return "the experiment variant";
        }
        if (isSet(explicit.get(key))) {
            return "the builder";
        }
        if (isSet(systemProperties.apply(key))) {
            return "system property " + key;
        }
        if (isSet(environment.apply(environmentName(key)))) {
            return "environment variable " + environmentName(key);
        }
        if (isSet(classpathProperties.getProperty(key))) {
            return "papyri.properties (" + key + ")";
        }
        return "the default";
    }

    /**
     * The environment variable that sets a key: upper case, '.' and '-' become '_'.
     *
     * @param key the key
     * @return the variable name
     */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Optional<String> firstNonBlank(String... values) {
        for (String value : values) {
            if (isSet(value)) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static Properties classpathProperties(ClassLoader loader) {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream("papyri.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new ProviderConfigurationException(
                    "papyri.properties on the class path is malformed: " + e.getMessage(), e);
        }
        return properties;
    }
}
