package io.papyri.core.internal;

import io.papyri.api.DocumentLimits;
import io.papyri.api.InvalidDocumentException;
import io.papyri.api.PaperId;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.PdfDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads PDF files from disk within the document limits. */
public final class PdfFiles {

    private PdfFiles() {
    }

    /**
     * Reads a PDF file; its paper id is {@code sha256:<hex digest of the bytes>}.
     *
     * @param file   the file
     * @param limits the size limit is checked before the file is read
     * @return the document
     * @throws PaperNotFoundException    when the file does not exist or is not a regular file
     * @throws InvalidDocumentException  when the file is larger than the limit
     */
    public static PdfDocument read(Path file, DocumentLimits limits) {
        if (!Files.isRegularFile(file)) {
            throw new PaperNotFoundException(file.toString(), Files.exists(file)
                    ? file + " is not a regular file: give the path of a PDF file."
                    : "No file at " + file + ": check the path.");
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new InvalidDocumentException(InvalidDocumentException.Reason.TOO_LARGE, file.toString(),
                        file + " is " + size + " bytes, over the limit of " + limits.maxBytes()
                                + " bytes. Raise papyri.limits.max-pdf-bytes to read it.");
            }
            byte[] bytes = Files.readAllBytes(file);
            return new PdfDocument(new PaperId("sha256", PdfDocument.sha256(bytes)), bytes, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
