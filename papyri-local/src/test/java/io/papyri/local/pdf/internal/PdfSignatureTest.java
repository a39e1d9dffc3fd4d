package io.papyri.local.pdf.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PdfSignatureTest {

    @Test
    void findsTheHeaderWithinTheFirstKilobyte() {
        assertThat(PdfSignature.hasPdfHeader(bytes("%PDF-1.7\n..."))).isTrue();
        assertThat(PdfSignature.hasPdfHeader(bytes("junk before it %PDF-1.4\n"))).isTrue();
        assertThat(PdfSignature.hasPdfHeader(bytes(" ".repeat(1100) + "%PDF-1.4"))).isFalse();
        assertThat(PdfSignature.hasPdfHeader(new byte[0])).isFalse();
    }

    @Test
    void findsTheEndMarkerDespiteTrailingBytes() {
        assertThat(PdfSignature.hasEndMarker(bytes("%PDF-1.7 ... %%EOF\n\n"))).isTrue();
        assertThat(PdfSignature.hasEndMarker(bytes("%PDF-1.7 ... stream cut here"))).isFalse();
    }

    @Test
    void saysWhatOtherBytesLookLike() {
        assertThat(PdfSignature.describe(bytes("<!doctype html><html>"))).startsWith("an HTML page");
        assertThat(PdfSignature.describe(bytes("<?xml version=\"1.0\"?><feed>"))).startsWith("an Atom feed");
        assertThat(PdfSignature.describe(bytes("{\"error\": \"not found\"}"))).startsWith("JSON");
        assertThat(PdfSignature.describe(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2})).startsWith("a ZIP archive");
        assertThat(PdfSignature.describe(bytes("Just some words"))).isEqualTo("plain text (\"Just some words\")");
        assertThat(PdfSignature.describe(new byte[0])).isEqualTo("an empty file");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
