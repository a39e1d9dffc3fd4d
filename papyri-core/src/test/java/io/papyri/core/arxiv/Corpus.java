package io.papyri.core.arxiv;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus of real arXiv responses and PDFs; tests that need it skip when it is absent. */
final class Corpus {

    private Corpus() {
    }

    /**
     * A file of {@code corpus/arxiv-api}, or the test is skipped.
     *
     * @param name the file name
     * @return its path
     */
    static Path arxivApi(String name) {
        return file("corpus/arxiv-api/" + name);
    }

    /**
     * A file of {@code corpus/pdfs}, or the test is skipped.
     *
     * @param name the file name
     * @return its path
     */
    static Path pdf(String name) {
        return file("corpus/pdfs/" + name);
    }

    /** @param name a file of {@code corpus/arxiv-api} @return its text, or the test is skipped */
    static String arxivApiText(String name) {
        try {
            return Files.readString(arxivApi(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(String relative) {
        String shared = System.getProperty("papyri.shared.dir");
        Assumptions.assumeTrue(shared != null && !shared.isBlank(),
                "system property papyri.shared.dir is not set (surefire sets it to ../shared); skipping a test of recorded arXiv data");
        Path path = Path.of(shared).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(path), () -> path + " is absent; skipping a test of recorded arXiv data");
        return path;
    }
}
