package io.papyri.local.store.internal;

import io.papyri.api.ProviderConfigurationException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Turns a path setting into an absolute path; a leading {@code ~} stands for the user's home directory. */
public final class SettingPath {

    private SettingPath() {
    }

    /**
     * Parses a path setting.
     *
     * @param key   the setting key, for the message
     * @param value the value as set
     * @return the absolute, normalized path; it may not exist
     * @throws ProviderConfigurationException when the value is not a valid path
     */
    public static Path of(String key, String value) {
        String text = value.trim();
        String home = System.getProperty("user.home");
        try {
            Path path;
            if (text.equals("~")) {
                path = Path.of(home);
            } else if (text.startsWith("~/") || text.startsWith("~\\")) {
                path = Path.of(home, text.substring(2));
            } else {
                path = Path.of(text);
            }
            return path.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ProviderConfigurationException("Setting " + key + "='" + text + "' is not a valid path ("
                    + e.getReason() + "); set it to a directory or file path such as ~/papers.", e);
        }
    }
}
