package io.papyri.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes of one PDF with the id of the paper they belong to.
 *
 * <p>The content is copied on the way in and out, so a document can be shared between threads.
 *
 * @param id      the paper the PDF belongs to
 * @param content the raw PDF bytes
 * @param origin  where the bytes came from (a file path, a URL), for messages and provenance
 */
public record PdfDocument(PaperId id, byte[] content, String origin) {

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param id the paper the PDF belongs to
     * @param content the raw PDF bytes
     * @param origin where the bytes came from (a file path, a URL), for messages and provenance
     */
    public PdfDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(origin, "origin");
        content = content.clone();
    }

    /**
     * A copy of the bytes.
     *
     * @return the PDF bytes; changing the returned array does not change this document
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * The number of bytes, without copying them.
     *
     * @return the size of the PDF in bytes
     */
    public int size() {
        return content.length;
    }

    /**
     * The SHA-256 digest of the bytes, which identifies the PDF whatever its name.
     *
     * @return 64 lower-case hex digits
     */
    public String sha256() {
        return sha256(content);
    }

    /**
     * The SHA-256 digest of some bytes, as {@link #sha256()} writes it; content-addressed paper ids
     * ({@code sha256:<digest>}) are made from it before a document exists.
     *
     * @param bytes the bytes
     * @return 64 lower-case hex digits
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PdfDocument other && id.equals(other.id) && origin.equals(other.origin)
                && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, origin, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "PdfDocument[" + id + ", " + content.length + " bytes from " + origin + "]";
    }
}
