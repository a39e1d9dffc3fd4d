package io.papyri.local.pdf.internal;

import io.papyri.api.InvalidDocumentException;
import io.papyri.api.InvalidDocumentException.Reason;

import java.time.Duration;
import java.util.Locale;

/**
 * The errors the PDFBox extractor raises for documents it will not read, each naming the document
 * and saying what to do about it.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * @param origin the document's origin
     * @param size   its size in bytes
     * @param limit  the byte limit
     * @return a {@link Reason#TOO_LARGE} error
     */
    public static InvalidDocumentException tooLarge(String origin, long size, long limit) {
        return new InvalidDocumentException(Reason.TOO_LARGE, origin, String.format(Locale.ROOT,
                "PDF '%s' is %,d bytes, over the limit of %,d bytes (DocumentLimits.maxBytes). Raise the limit if"
                        + " the document is genuine, or split it.", origin, size, limit));
    }

    /**
     * @param origin the document's origin
     * @param bytes  the document
     * @return a {@link Reason#NOT_PDF} error
     */
    public static InvalidDocumentException notPdf(String origin, byte[] bytes) {
        return new InvalidDocumentException(Reason.NOT_PDF, origin, "Document '" + origin
                + "' is not a PDF: there is no %PDF header in its first 1024 bytes; it looks like "
                + PdfSignature.describe(bytes) + ". Check that the source returns the PDF itself, not a landing,"
                + " login or error page.");
    }

    /**
     * @param origin the document's origin
     * @param cause  what PDFBox reported
     * @return a {@link Reason#ENCRYPTED} error
     */
    public static InvalidDocumentException encrypted(String origin, Throwable cause) {
        return new InvalidDocumentException(Reason.ENCRYPTED, origin, "PDF '" + origin
                + "' is encrypted and needs a password to open. Remove the password (for example"
                + " 'qpdf --decrypt --password=SECRET in.pdf out.pdf') and try again.", cause);
    }

    /**
     * @param origin    the document's origin
     * @param truncated whether the file lacks its end marker
     * @param cause     what PDFBox reported
     * @return a {@link Reason#CORRUPT} error
     */
    public static InvalidDocumentException corrupt(String origin, boolean truncated, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
        String message = truncated
                ? "PDF '" + origin + "' is truncated: it has no %%EOF end marker and could not be read" + detail
                        + ". The download was probably cut short: fetch it again."
                : "PDF '" + origin + "' is damaged and could not be read" + detail + ". Fetch it again, or repair"
                        + " it (for example with 'qpdf in.pdf out.pdf' or Ghostscript) and try again.";
        return new InvalidDocumentException(Reason.CORRUPT, origin, message, cause);
    }

    /**
     * @param origin the document's origin
     * @return a {@link Reason#NO_PAGES} error
     */
    public static InvalidDocumentException noPages(String origin) {
        return new InvalidDocumentException(Reason.NO_PAGES, origin, "PDF '" + origin
                + "' has no pages. Check that it is the complete paper and fetch it again if not.");
    }

    /**
     * @param origin the document's origin
     * @param pages  its page count
     * @param limit  the page limit
     * @return a {@link Reason#TOO_MANY_PAGES} error
     */
    public static InvalidDocumentException tooManyPages(String origin, int pages, int limit) {
        return new InvalidDocumentException(Reason.TOO_MANY_PAGES, origin, String.format(Locale.ROOT,
                "PDF '%s' has %,d pages, over the limit of %,d (DocumentLimits.maxPages). Raise the limit if the"
                        + " document is genuine, or split it.", origin, pages, limit));
    }

    /**
     * @param origin     the document's origin
     * @param pages      its page count
     * @param characters how many letters and digits could be read in all
     * @return a {@link Reason#NO_TEXT_LAYER} error
     */
    public static InvalidDocumentException noTextLayer(String origin, int pages, int characters) {
        return new InvalidDocumentException(Reason.NO_TEXT_LAYER, origin, String.format(Locale.ROOT,
                "PDF '%s' has %d page%s but no text layer (%d letters or digits in all): it is probably a scan."
                        + " Use an OCR extractor such as textract (-Dpapyri.extractor=textract).",
                origin, pages, pages == 1 ? "" : "s", characters));
    }

    /**
     * @param origin  the document's origin
     * @param timeout the time limit
     * @param page    the page being read when time ran out
     * @param pages   the page count
     * @return a {@link Reason#TIMED_OUT} error
     */
    public static InvalidDocumentException timedOut(String origin, Duration timeout, int page, int pages) {
        return new InvalidDocumentException(Reason.TIMED_OUT, origin, String.format(Locale.ROOT,
                "Reading PDF '%s' took longer than the limit of %s (stopped at page %d of %d). Raise"
                        + " DocumentLimits.timeout, or check the document: a single page should not take this long.",
                origin, timeout, page, pages));
    }
}
