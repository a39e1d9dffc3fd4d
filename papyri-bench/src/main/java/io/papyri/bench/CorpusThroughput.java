package io.papyri.bench;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.PaperId;
import io.papyri.api.PdfDocument;
import io.papyri.core.Papyri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads PDF files with Papyri's extract + clean in one JVM and prints pages, seconds and pages/s,
 * for the side-by-side comparison with other tools ({@code scripts/compare-extractors.sh}).
 *
 * <p>Usage: {@code CorpusThroughput [--passes N] FILE.pdf...}. The first pass includes class loading
 * and JIT warm-up (a cold start, like a one-off command); later passes show the warm rate.
 */
public final class CorpusThroughput {

    private CorpusThroughput() {
    }

    /**
     * @param args {@code [--passes N] FILE...}
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        int passes = 1;
        int first = 0;
        if (args.length >= 2 && args[0].equals("--passes")) {
            passes = Integer.parseInt(args[1]);
            first = 2;
        }
        List<Path> files = Arrays.stream(args, first, args.length).map(Path::of).toList();
        if (files.isEmpty()) {
            System.err.println("usage: CorpusThroughput [--passes N] FILE.pdf...");
            System.exit(2);
        }
        try (Papyri papyri = Papyri.builder().withoutLogging().build()) {
            for (int pass = 1; pass <= passes; pass++) {
                long pages = 0;
                long start = System.nanoTime();
                for (Path file : files) {
                    PdfDocument pdf = new PdfDocument(new PaperId("bench", "file"), Files.readAllBytes(file), file.toString());
                    ExtractedDocument extracted = papyri.extract(pdf);
                    papyri.clean(extracted);
                    pages += extracted.pageCount();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("pass %d: %d files, %d pages, %.2f s, %.1f pages/s%n",
                        pass, files.size(), pages, seconds, pages / seconds);
            }
        }
        System.exit(0);
    }
}
