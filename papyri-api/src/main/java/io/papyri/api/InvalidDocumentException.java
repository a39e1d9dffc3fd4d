package io.papyri.api;

import java.util.Objects;

/**
 * A PDF that cannot be read as a paper: not a PDF, corrupt, encrypted, empty, over a limit, or
 * without a text layer.
 */
public class InvalidDocumentException extends PapyriException {

    /** Why a document was refused. */
    public enum Reason {
        /** The bytes are not a PDF. */
        NOT_PDF,
        /** The PDF is truncated or damaged beyond repair. */
        CORRUPT,
        /** The PDF needs a password. */
        ENCRYPTED,
        /** The PDF has no pages. */
        NO_PAGES,
        /** The PDF has pages but no text layer (a scan): it needs an OCR extractor. */
        NO_TEXT_LAYER,
        /** The PDF is larger than the configured byte limit. */
        TOO_LARGE,
        /** The PDF has more pages than the configured page limit. */
        TOO_MANY_PAGES,
        /** Reading the PDF took longer than the configured time limit. */
        TIMED_OUT
    }

    /** Why the document was refused. */
    private final Reason reason;
    /** The document's origin. */
    private final String document;

    /**
     * @param reason   why the document was refused
     * @param document the document's origin (file name, URL or paper id)
     * @param message  what went wrong and what to do
     */
    public InvalidDocumentException(Reason reason, String document, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.document = Objects.requireNonNull(document, "document");
    }

    /**
     * @param reason   why the document was refused
     * @param document the document's origin (file name, URL or paper id)
     * @param message  what went wrong and what to do
     * @param cause    the underlying error
     */
    public InvalidDocumentException(Reason reason, String document, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.document = Objects.requireNonNull(document, "document");
    }

    /** @return why the document was refused */
    public Reason reason() {
        return reason;
    }

    /** @return the document's origin */
    public String document() {
        return document;
    }
}
