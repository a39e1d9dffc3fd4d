package io.papyri.local.pdf;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.PaperId;
import io.papyri.api.PdfDocument;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Extracts one PDF and prints its page and line counts; {@link PdfBoxTextExtractorMemoryTest} runs
 * it in a JVM with a small heap.
 */
public final class ExtractInSmallHeap {

    private ExtractInSmallHeap() {
    }

    /**
     * @param args the path of the PDF
     * @throws Exception when the file cannot be read or extracted
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        ExtractedDocument document = new PdfBoxTextExtractor().extract(
                new PdfDocument(new PaperId("memory", "check"), Files.readAllBytes(file), file.toString()));
        long lines = document.pages().stream().mapToLong(p -> p.lines().size()).sum();
        System.out.println("pages=" + document.pageCount() + " lines=" + lines
                + " max-heap-mib=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
