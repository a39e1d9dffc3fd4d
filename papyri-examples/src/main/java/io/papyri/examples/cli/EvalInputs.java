package io.papyri.examples.cli;

import io.papyri.api.PaperNotFoundException;
import io.papyri.core.eval.CorpusEntry;
import io.papyri.core.eval.CorpusManifest;
import io.papyri.core.eval.QasperDataset;
import io.papyri.core.eval.QasperPaper;
import io.papyri.core.eval.SummarizationDataset;
import io.papyri.core.eval.SummarizationExample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the input files of the eval commands and turns their failures into the command's typed
 * errors: a missing file is {@link PaperNotFoundException}, a malformed one {@link InvalidInputException}.
 */
final class EvalInputs {

    private EvalInputs() {
    }

    static List<SummarizationExample> summarization(Path file) {
        requireFile(file, "Dataset file", "a summarization JSONL file such as scitldr-dev.jsonl");
        return read(file, "dataset", () -> SummarizationDataset.read(file));
    }

    static List<QasperPaper> qasper(Path file) {
        requireFile(file, "Dataset file", "a QASPER JSONL file such as qasper-dev.jsonl");
        return read(file, "dataset", () -> QasperDataset.read(file));
    }

    static List<CorpusEntry> corpus(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new PaperNotFoundException(folder.toString(), "Corpus folder " + folder
                    + " does not exist; pass a folder holding " + CorpusManifest.FILE + " and " + CorpusManifest.PDF_FOLDER
                    + "/.");
        }
        requireFile(folder.resolve(CorpusManifest.FILE), "Corpus manifest",
                "a folder holding " + CorpusManifest.FILE + " and " + CorpusManifest.PDF_FOLDER + "/");
        return read(folder.resolve(CorpusManifest.FILE), "manifest", () -> CorpusManifest.read(folder));
    }

    /** Limits a list to its first {@code limit} elements; {@code null} means no limit. */
    static <T> List<T> first(List<T> all, Integer limit) {
        return limit == null || limit >= all.size() ? all : all.subList(0, limit);
    }

    private static void requireFile(Path file, String what, String expected) {
        if (!Files.isRegularFile(file)) {
            throw new PaperNotFoundException(file.toString(), what + " " + file
                    + (Files.exists(file) ? " is not a file" : " does not exist") + "; pass " + expected + ".");
        }
    }

    private static <T> T read(Path file, String what, Reader<T> reader) {
        try {
            return reader.read();
        } catch (NoSuchFileException e) {
            throw new PaperNotFoundException(file.toString(), "The " + what + " " + file + " does not exist.");
        } catch (IOException e) {
            String message = e.getMessage() != null && e.getMessage().startsWith(file.toString())
                    ? e.getMessage()
                    : "Could not read the " + what + " " + file + ": " + e;
            throw new InvalidInputException(message + " Fix or replace the file.", e);
        }
    }

    /** Reads one input file. */
    @FunctionalInterface
    private interface Reader<T> {
        T read() throws IOException;
    }
}
