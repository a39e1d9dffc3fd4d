package io.papyri.core.internal;

import io.papyri.api.PaperId;
import io.papyri.api.PaperNotFoundException;
import io.papyri.core.arxiv.ArxivId;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a user names a paper by: {@code arxiv:1810.04805}, a bare arXiv id ({@code 1810.04805v2},
 * {@code math/0405482}), any {@code scheme:id}, or the path of a PDF file.
 *
 * @param id   the paper id, when the reference is an id
 * @param file the PDF file, when the reference is a path
 */
public record PaperReference(PaperId id, Path file) {

    private static final Pattern SCHEME_PREFIX = Pattern.compile("[a-z][a-z0-9-]{0,31}:.+");

    /**
     * Reads a reference. An existing file wins over an id of the same spelling.
     *
     * @param text what the user typed
     * @return the reference
     * @throws PaperNotFoundException when the text is neither an id nor an existing file
     */
    public static PaperReference parse(String text) {
        String trimmed = text.trim();
        Optional<Path> file = existingFile(trimmed);
        if (file.isPresent()) {
            return new PaperReference(null, file.get());
        }
        if (ArxivId.isValid(trimmed)) {
            return new PaperReference(ArxivId.parse(trimmed).toPaperId(), null);
        }
        if (SCHEME_PREFIX.matcher(trimmed).matches() && !trimmed.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            try {
                return new PaperReference(PaperId.parse(trimmed), null);
            } catch (IllegalArgumentException e) {
                throw new PaperNotFoundException(trimmed, e.getMessage());
            }
        }
        throw new PaperNotFoundException(trimmed, "'" + trimmed + "' is neither a PDF file nor a paper id:"
                + " give a path to a PDF, an arXiv id such as 1706.03762 or arxiv:math/0405482, or scheme:id.");
    }

    /** @return whether this reference names a file */
    public boolean isFile() {
        return file != null;
    }

    private static Optional<Path> existingFile(String text) {
        try {
            Path path = Path.of(text);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
