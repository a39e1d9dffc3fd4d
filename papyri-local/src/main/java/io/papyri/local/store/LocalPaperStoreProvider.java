package io.papyri.local.store;

import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.PaperStore;
import io.papyri.api.spi.PaperStoreProvider;
import io.papyri.api.spi.ProviderContext;
import io.papyri.local.store.internal.SettingPath;

import java.nio.file.Path;

/**
 * Provides the {@link LocalPaperStore} under the name {@code local}; registered in
 * {@code META-INF/services/io.papyri.api.spi.PaperStoreProvider}.
 *
 * <p>Setting: {@value #STORE_DIR} (environment {@code PAPYRI_STORE_DIR}), the store's root
 * directory; default {@code ~/.papyri}. A leading {@code ~} stands for the user's home directory.
 */
public final class LocalPaperStoreProvider implements PaperStoreProvider {

    /** The provider name. */
    public static final String NAME = "local";
    /** Setting for the store's root directory. */
    public static final String STORE_DIR = "papyri.store.dir";
    /** The root directory's name under the user's home when {@link #STORE_DIR} is not set. */
    public static final String DEFAULT_DIRECTORY_NAME = ".papyri";

    /** Needed by {@link java.util.ServiceLoader}. */
    public LocalPaperStoreProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Keeps papers' artifacts as files under " + STORE_DIR + " (default ~/" + DEFAULT_DIRECTORY_NAME
                + "), written atomically, with their metadata in an embedded SQLite database.";
    }

    @Override
    public PaperStore create(ProviderContext context) {
        return new LocalPaperStore(storeDirectory(context), context.clock());
    }

    /**
     * The store's root directory as configured: {@value #STORE_DIR}, else {@code ~/.papyri}. Other
     * local providers keep their own files under it too.
     *
     * @param context the settings
     * @return the directory, absolute; it may not exist yet
     * @throws ProviderConfigurationException when the setting is not a valid path
     */
    public static Path storeDirectory(ProviderContext context) {
        return context.setting(STORE_DIR)
                .map(value -> SettingPath.of(STORE_DIR, value))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), DEFAULT_DIRECTORY_NAME).toAbsolutePath());
    }
}
