package io.papyri.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Reads a JSONL file, one record per line, naming the file and line of the first bad record. */
final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {
    }

    /**
     * Reads every record; blank lines are skipped.
     *
     * @param file   the JSONL file
     * @param parse  turns one line's JSON into a record; throws {@link IllegalArgumentException} for a bad one
     * @param <T>    the record type
     * @return the records in file order
     * @throws IOException if the file cannot be read, or a line is not JSON or not a valid record
     */
    static <T> List<T> read(Path file, Function<JsonNode, T> parse) throws IOException {
        Objects.requireNonNull(file, "file");
        List<T> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(parse.apply(MAPPER.readTree(line)));
                } catch (JsonProcessingException e) {
                    throw new IOException(file + ":" + lineNumber + ": not valid JSON: " + e.getOriginalMessage(), e);
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        return records;
    }
}
