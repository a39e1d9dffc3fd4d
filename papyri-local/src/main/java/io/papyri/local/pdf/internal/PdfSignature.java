package io.papyri.local.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the raw bytes of a document say before any parsing: whether they start like a PDF, whether
 * they end like one, and if they are not a PDF, what they look like instead.
 */
public final class PdfSignature {

    /** PDF readers accept the header anywhere in the first 1024 bytes. */
    private static final int HEADER_WINDOW = 1024;
    /** Trailing garbage after the last %%EOF is common; look this far back for it. */
    private static final int EOF_WINDOW = 2048;

    private PdfSignature() {
    }

    /**
     * @param bytes the document
     * @return whether {@code %PDF-} appears within the first 1024 bytes
     */
    public static boolean hasPdfHeader(byte[] bytes) {
        return indexOf(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0, Math.min(bytes.length, HEADER_WINDOW)) >= 0;
    }

    /**
     * @param bytes the document
     * @return whether {@code %%EOF} appears near the end, as it does in every complete PDF
     */
    public static boolean hasEndMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_WINDOW);
        return indexOf(bytes, "%%EOF".getBytes(StandardCharsets.US_ASCII), from, bytes.length) >= 0;
    }

    /**
     * Says in a few words what non-PDF bytes look like, for an error message.
     *
     * @param bytes the document
     * @return a description such as {@code an HTML page ("<!DOCTYPE html><html>...")}
     */
    public static String describe(byte[] bytes) {
        if (bytes.length == 0) {
            return "an empty file";
        }
        String kind = kind(bytes);
        String preview = preview(bytes);
        return preview.isEmpty() ? kind : kind + " (\"" + preview + "\")";
    }

    private static String kind(byte[] bytes) {
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return "a ZIP archive (perhaps a DOCX, EPUB or zipped download)";
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return "gzip-compressed data";
        }
        if (startsWith(bytes, '%', '!', 'P', 'S')) {
            return "a PostScript file";
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading(); // UTF-8 byte order mark
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")
                || head.contains("<body")) {
            return "an HTML page";
        }
        if (head.startsWith("<?xml") || head.startsWith("<")) {
            return head.contains("<feed") ? "an Atom feed" : "an XML document";
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return "JSON";
        }
        return isMostlyText(bytes) ? "plain text" : "binary data";
    }

    private static boolean isMostlyText(byte[] bytes) {
        int n = Math.min(bytes.length, 512);
        int printable = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F || b == '\n' || b == '\r' || b == '\t' || b >= 0xC0) {
                printable++;
            }
        }
        return printable >= n * 0.9;
    }

    private static String preview(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int n = Math.min(bytes.length, 40);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F) {
                out.append((char) b);
            } else if (b == '\n' || b == '\r' || b == '\t') {
                out.append(' ');
            } else {
                out.append('.');
            }
        }
        String text = out.toString().trim().replaceAll(" {2,}", " ");
        return bytes.length > n ? text + "..." : text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
