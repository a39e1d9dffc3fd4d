package io.papyri.core.arxiv.internal;

import io.papyri.api.InvalidDocumentException;
import io.papyri.api.PaperId;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.PdfDocument;
import io.papyri.core.arxiv.ArxivApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * Streams a PDF response into a {@link PdfDocument}, refusing it as soon as it shows it is not a PDF
 * (no {@code %PDF-} at the start) or grows past the size limit, and computing its SHA-256 on the way.
 */
public final class PdfResponseReader implements PoliteFetcher.ResponseReader<PdfDocument> {

    private static final Logger LOG = LoggerFactory.getLogger(PdfResponseReader.class);
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;
    /** The most of an error answer read, looking for arXiv's error feed. */
    private static final int MAX_ERROR_BYTES = 64 * 1024;

    private final PaperId id;
    private final long maxBytes;
    private final String origin;

    /**
     * @param id       the paper the PDF belongs to
     * @param maxBytes the largest PDF accepted
     * @param origin   the URL the PDF is fetched from, recorded in the document
     */
    public PdfResponseReader(PaperId id, long maxBytes, String origin) {
        this.id = id;
        this.maxBytes = maxBytes;
        this.origin = origin;
    }

    @Override
    public PdfDocument read(URI url, int status, HttpHeaders headers, InputStream body) throws IOException {
        if (status == 404 || status == 410) {
            throw new PaperNotFoundException(id.toString(), "arXiv has no PDF for " + id + " at " + url + " (HTTP "
                    + status + "). Check the id and version; ArxivSource.metadata(id) shows the latest version.");
        }
        if (status != 200) {
            String arxivMessage = errorFeedMessage(body);
            throw new ArxivApiException(status, arxivMessage, url.toString(), "arXiv answered GET " + url + " with HTTP "
                    + status + " instead of a PDF" + (arxivMessage == null ? "." : ": " + arxivMessage
                    + ". Check the id; trying again will not help."));
        }
        OptionalLong declared = headers.firstValueAsLong("Content-Length");
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            throw tooLarge(url, "declares " + declared.getAsLong() + " bytes");
        }
        byte[] head = body.readNBytes(MAGIC.length);
        if (!Arrays.equals(head, MAGIC)) {
            String type = headers.firstValue("Content-Type").orElse("no Content-Type");
            throw new InvalidDocumentException(InvalidDocumentException.Reason.NOT_PDF, url.toString(), url
                    + " did not answer with a PDF (" + type + ", first bytes '" + printable(head) + "'). arXiv sends"
                    + " an HTML page for withdrawn papers and PDFs still being generated; open the URL to see it.");
        }
        MessageDigest sha256 = sha256();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(declared.orElse(CHUNK), maxBytes));
        out.write(head);
        sha256.update(head);
        long total = head.length;
        byte[] chunk = new byte[CHUNK];
        for (int n = body.read(chunk); n >= 0; n = body.read(chunk)) {
            total += n;
            if (total > maxBytes) {
                // stop reading now: closing the body aborts the transfer
                throw tooLarge(url, "sent more than " + maxBytes + " bytes");
            }
            out.write(chunk, 0, n);
            sha256.update(chunk, 0, n);
        }
        String digest = HexFormat.of().formatHex(sha256.digest());
        LOG.debug("Fetched {} from {}: {} bytes, sha256 {}", id, url, total, digest);
        return new PdfDocument(id, out.toByteArray(), origin);
    }

    /** arXiv's explanation when an error answer is one of its Atom error feeds, else {@code null}. */
    private static String errorFeedMessage(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_ERROR_BYTES);
            ParsedFeed parsed = new FeedParser().parse(bytes);
            if (!parsed.isError()) {
                return null;
            }
            String message = parsed.errorMessage();
            return message == null || message.isBlank() ? parsed.errorId() : message.strip();
        } catch (IOException | FeedFormatException e) {
            return null;
        }
    }

    private InvalidDocumentException tooLarge(URI url, String what) {
        return new InvalidDocumentException(InvalidDocumentException.Reason.TOO_LARGE, url.toString(), url + " " + what
                + ", over the limit of " + maxBytes + " bytes. Raise papyri.limits.max-pdf-bytes to fetch it.");
    }

    private static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(b >= 0x20 && b < 0x7f ? (char) b : '?');
        }
        return text.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
