package io.papyri.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared paper corpus: {@code manifest.json} and {@code pdfs/}. Found through the system
 * property {@code papyri.corpus.dir}, else {@code ../shared/corpus} or {@code ../../shared/corpus}
 * from the working directory.
 */
public final class Corpus {

    /** One paper of the corpus. */
    public record Entry(Path pdf, int pages, boolean scanned) {
    }

    private Corpus() {
    }

    /**
     * The corpus directory.
     *
     * @return the directory holding manifest.json
     * @throws IllegalStateException when it cannot be found
     */
    public static Path directory() {
        String configured = System.getProperty("papyri.corpus.dir");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/corpus"), Path.of("../../shared/corpus"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("manifest.json"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("No corpus found at " + candidates
                + ": pass -Dpapyri.corpus.dir=<folder with manifest.json and pdfs/>.");
    }

    /**
     * The papers with a text layer (scanned ones are left out: they need OCR).
     *
     * @return the entries in manifest order
     */
    public static List<Entry> textLayerPapers() {
        Path dir = directory();
        try {
            JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
            List<Entry> entries = new ArrayList<>();
            for (JsonNode paper : manifest) {
                boolean scanned = paper.path("scanned").asBoolean(false);
                if (!scanned) {
                    entries.add(new Entry(dir.resolve("pdfs").resolve(paper.get("file").asText()),
                            paper.get("pages").asInt(), false));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + dir.resolve("manifest.json"), e);
        }
    }
}
