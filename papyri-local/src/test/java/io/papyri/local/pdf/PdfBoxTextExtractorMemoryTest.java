package io.papyri.local.pdf;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The longest corpus paper (84 pages) goes through in a JVM with a 256 MiB heap. */
class PdfBoxTextExtractorMemoryTest {

    @Test
    void readsTheLongestCorpusPaperWithA256MebibyteHeap() throws IOException, InterruptedException {
        String shared = System.getProperty("papyri.shared.dir");
        Path pdf = shared == null ? null : Path.of(shared, "corpus", "pdfs", "1410.0342.pdf");
        assumeTrue(pdf != null && Files.isRegularFile(pdf),
                "The shared corpus is not here (papyri.shared.dir=" + shared + "): skipping the small-heap check.");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m",
                "-Dpdfbox.fontcache=" + System.getProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir")),
                "-cp", System.getProperty("java.class.path"), ExtractInSmallHeap.class.getName(), pdf.toString())
                .redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly(); // a guard against a hung child, not a speed check
        }

        assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
        assertThat(output).contains("pages=84").doesNotContain("OutOfMemoryError");
    }
}
