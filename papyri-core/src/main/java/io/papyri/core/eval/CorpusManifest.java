package io.papyri.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the manifest of a test corpus: a folder with {@code manifest.json} (a JSON array, one object
 * per PDF) and the PDFs in {@code pdfs/}.
 *
 * <p>Fields read: {@code file} (required, a plain file name), {@code arxiv_id}, {@code title},
 * {@code authors}, {@code abstract}, {@code pages}, {@code scanned} and {@code section_headings}, all
 * optional; missing or {@code null} text reads as empty. Other fields are ignored.
 */
public final class CorpusManifest {

    /** The manifest's file name inside the corpus folder. */
    public static final String FILE = "manifest.json";
    /** The folder of PDFs inside the corpus folder. */
    public static final String PDF_FOLDER = "pdfs";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CorpusManifest() {
    }

    /**
     * Reads a corpus's manifest.
     *
     * @param corpus the corpus folder
     * @return the entries in manifest order
     * @throws java.nio.file.NoSuchFileException if the folder has no {@code manifest.json}
     * @throws IOException if it cannot be read or is malformed; the message names the file and the entry
     */
    public static List<CorpusEntry> read(Path corpus) throws IOException {
        Objects.requireNonNull(corpus, "corpus");
        Path manifest = corpus.resolve(FILE);
        JsonNode root;
        try (InputStream in = Files.newInputStream(manifest)) {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new IOException(manifest + where + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(manifest + ": expected a JSON array of papers");
        }
        List<CorpusEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root) {
            index++;
            try {
                entries.add(entry(node));
            } catch (IllegalArgumentException e) {
                throw new IOException(manifest + ": entry " + index + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static CorpusEntry entry(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        String file = text(node, "file");
        if (file.isBlank() || file.contains("/") || file.contains("\\") || file.equals("..") || file.equals(".")) {
            throw new IllegalArgumentException("\"file\" must be a file name inside " + PDF_FOLDER + "/, was '"
                    + file + "'");
        }
        JsonNode arxiv = node.get("arxiv_id");
        JsonNode pages = node.get("pages");
        if (pages != null && !pages.isNull() && !pages.canConvertToInt()) {
            throw new IllegalArgumentException("\"pages\" of " + file + " must be a whole number");
        }
        return new CorpusEntry(file, arxiv == null || arxiv.isNull() ? null : text(node, "arxiv_id"),
                text(node, "title"), strings(node, "authors"), text(node, "abstract"),
                pages == null || pages.isNull() ? 0 : pages.asInt(), node.path("scanned").asBoolean(false),
                strings(node, "section_headings"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a string, got " + value.getNodeType());
        }
        return value.textValue();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw new IllegalArgumentException("field \"" + field + "\" must be an array of strings");
            }
            values.add(element.textValue());
        }
        return values;
    }
}
