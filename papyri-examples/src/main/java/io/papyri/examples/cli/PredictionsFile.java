package io.papyri.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSONL predictions of an eval command, one object per line, flushed line by line so that an
 * interrupted run keeps what it did. The file is created (or replaced) on the first line, so a run
 * that fails before predicting anything leaves an older file alone.
 */
final class PredictionsFile implements AutoCloseable {

    private final Path file;
    private BufferedWriter writer;
    private int lines;

    PredictionsFile(Path file) {
        this.file = file;
    }

    /**
     * Where the predictions of one experiment variant go: next to {@code predictions}, named
     * {@code <stem>.<variant>.jsonl}, so {@code out.jsonl} becomes {@code out.a.jsonl}.
     *
     * @param predictions the {@code --predictions} path
     * @param variant     the variant's name
     * @return the variant's file
     */
    static Path forVariant(Path predictions, String variant) {
        String name = predictions.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return predictions.resolveSibling(stem + "." + variant + ".jsonl");
    }

    void write(ObjectNode prediction) {
        try {
            if (writer == null) {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            }
            writer.write(JsonOutput.line(prediction));
            writer.write('\n');
            writer.flush();
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write predictions to " + file + ": " + e.getMessage()
                    + "; pass a writable --predictions path.", e);
        }
    }

    /** @return how many predictions were written */
    int lines() {
        return lines;
    }

    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not finish the predictions file " + file + ": " + e.getMessage(), e);
        }
    }
}
