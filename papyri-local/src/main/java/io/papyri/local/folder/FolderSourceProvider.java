package io.papyri.local.folder;

import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.PaperSource;
import io.papyri.api.spi.PaperSourceProvider;
import io.papyri.api.spi.ProviderContext;
import io.papyri.core.clean.DefaultCleaner;
import io.papyri.local.pdf.PdfBoxTextExtractor;
import io.papyri.local.store.LocalPaperStoreProvider;
import io.papyri.local.store.internal.SettingPath;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Provides the {@link FolderSource} under the name {@code folder}; registered in
 * {@code META-INF/services/io.papyri.api.spi.PaperSourceProvider}.
 *
 * <p>Settings:
 * <ul>
 *   <li>{@value #DIR} (environment {@code PAPYRI_FOLDER_DIR}), required: the directory of PDFs;</li>
 *   <li>{@value #INDEX} ({@code PAPYRI_FOLDER_INDEX}): the index file; by default
 *       {@code <store dir>/folders/<folder name>-<hash of its path>.db}, so the folder itself is
 *       never written to (it may be read-only or synchronized by another program);</li>
 *   <li>{@value #THREADS} ({@code PAPYRI_FOLDER_THREADS}): how many PDFs are read at a time,
 *       by default the number of processors, at most 4.</li>
 * </ul>
 * PDFs are read with the {@link PdfBoxTextExtractor} and the {@link DefaultCleaner}, within the
 * document limits of the context ({@code papyri.limits.*}).
 */
public final class FolderSourceProvider implements PaperSourceProvider {

    /** The provider name. */
    public static final String NAME = "folder";
    /** Setting for the directory of PDFs. */
    public static final String DIR = "papyri.folder.dir";
    /** Setting for the index file. */
    public static final String INDEX = "papyri.folder.index";
    /** Setting for the number of PDFs read at a time. */
    public static final String THREADS = "papyri.folder.threads";
    /** The directory under the store directory that holds the default index files. */
    public static final String INDEX_DIRECTORY = "folders";

    /** Needed by {@link java.util.ServiceLoader}. */
    public FolderSourceProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Treats the directory of PDFs in " + DIR + " as a library: lists them with the title, authors and"
                + " abstract read from each PDF, ranked full-text search, changes noticed on every call.";
    }

    @Override
    public PaperSource create(ProviderContext context) {
        String configured = context.setting(DIR).orElseThrow(() -> new ProviderConfigurationException(
                "The folder source needs a directory of PDFs: set " + DIR + " (environment PAPYRI_FOLDER_DIR),"
                        + " for example to ~/papers."));
        Path folder = SettingPath.of(DIR, configured);
        if (!Files.isDirectory(folder)) {
            throw new ProviderConfigurationException("Setting " + DIR + "='" + configured + "' names " + folder
                    + ", which " + (Files.exists(folder) ? "is not a directory" : "does not exist")
                    + ". Set it to a directory of PDFs.");
        }
        Path index = context.setting(INDEX)
                .map(value -> SettingPath.of(INDEX, value))
                .orElseGet(() -> defaultIndex(LocalPaperStoreProvider.storeDirectory(context), folder));
        long threads = context.longSetting(THREADS, Math.min(4, Runtime.getRuntime().availableProcessors()));
        if (threads < 1 || threads > 64) {
            throw new ProviderConfigurationException("Setting " + THREADS + "=" + threads
                    + " is out of range: give a number of threads from 1 to 64.");
        }
        return FolderSource.builder(folder)
                .index(index)
                .extractor(new PdfBoxTextExtractor(context.limits(), context.clock()))
                .cleaner(new DefaultCleaner())
                .limits(context.limits())
                .clock(context.clock())
                .threads((int) threads)
                .build();
    }

    /**
     * The index file a folder gets when {@value #INDEX} is not set.
     *
     * @param storeDirectory the store's root directory
     * @param folder         the folder, absolute
     * @return {@code <store>/folders/<folder name>-<first 16 hex digits of the SHA-256 of its path>.db}
     */
    public static Path defaultIndex(Path storeDirectory, Path folder) {
        Path name = folder.getFileName();
        String readable = name == null ? "root" : name.toString().replaceAll("[^A-Za-z0-9._-]", "_");
        if (readable.length() > 40) {
            readable = readable.substring(0, 40);
        }
        return storeDirectory.resolve(INDEX_DIRECTORY).resolve(readable + "-" + digest(folder.toString()) + ".db");
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
