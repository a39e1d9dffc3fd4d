package io.papyri.core.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the shared summarization evaluation files ({@code scitldr-*.jsonl}, {@code arxiv-pubmed-sum-*.jsonl},
 * {@code clscisumm-*.jsonl}): UTF-8 JSONL, one paper per line.
 *
 * <p>Fields used: {@code paper_id} (required), {@code title} (optional, may be {@code null}),
 * {@code references} (required, a non-empty array of strings: the gold summaries) and the input, which is
 * {@code source_text_sections} ({@code [{"heading": ..., "paragraphs": [...]}]}) when present and non-empty,
 * else {@code source_text}. The {@code abstract} field is never read: in arXiv/PubMed it is the gold summary
 * and in CL-SciSumm it is excluded from the input. SciTLDR's optional {@code full_text} is ignored too, so
 * its input stays the SciTLDR-A setting (the abstract, given as {@code source_text}).
 *
 * <p>Blank lines are skipped. A malformed line fails the whole read with an {@link IOException} whose
 * message names the file and the 1-based line number.
 */
public final class SummarizationDataset {

    private SummarizationDataset() {
    }

    /**
     * Reads every paper of a summarization JSONL file.
     *
     * @param file the JSONL file
     * @return the papers in file order
     * @throws IOException if the file cannot be read or a line is malformed (the message names file and line)
     */
    public static List<SummarizationExample> read(Path file) throws IOException {
        return JsonLines.read(file, SummarizationDataset::parse);
    }

    private static SummarizationExample parse(JsonNode record) {
        if (!record.isObject()) {
            throw new MalformedRecordException("expected a JSON object per line");
        }
        String paperId = requiredText(record, "paper_id");
        JsonNode titleNode = record.get("title");
        String title = titleNode == null || titleNode.isNull() ? null : textOf(titleNode, "title");

        List<SummarizationExample.SourceSection> sections = parseSections(record.get("source_text_sections"));
        String sourceText;
        if (!sections.isEmpty()) {
            sourceText = String.join("\n\n", sections.stream()
                    .map(SummarizationExample.SourceSection::text)
                    .filter(text -> !text.isBlank())
                    .toList());
        } else if (record.hasNonNull("source_text")) {
            sourceText = textOf(record.get("source_text"), "source_text");
        } else {
            throw new MalformedRecordException("paper " + paperId
                    + " has neither a non-empty \"source_text_sections\" nor \"source_text\"");
        }

        List<String> references = stringArray(record.get("references"), "references");
        if (references.isEmpty()) {
            throw new MalformedRecordException("paper " + paperId + " has no \"references\" (gold summaries)");
        }
        return new SummarizationExample(paperId, title, sections, sourceText, references);
    }

    private static List<SummarizationExample.SourceSection> parseSections(JsonNode node)
            {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new MalformedRecordException("\"source_text_sections\" must be an array");
        }
        List<SummarizationExample.SourceSection> sections = new ArrayList<>();
        for (JsonNode section : node) {
            if (!section.isObject()) {
                throw new MalformedRecordException("each entry of \"source_text_sections\" must be an object");
            }
            JsonNode heading = section.get("heading");
            sections.add(new SummarizationExample.SourceSection(
                    heading == null || heading.isNull() ? "" : textOf(heading, "heading"),
                    stringArray(section.get("paragraphs"), "paragraphs")));
        }
        return sections;
    }

    private static String requiredText(JsonNode record, String field) {
        JsonNode node = record.get(field);
        if (node == null || node.isNull()) {
            throw new MalformedRecordException("missing field \"" + field + "\"");
        }
        return textOf(node, field);
    }

    private static String textOf(JsonNode node, String field) {
        if (!node.isTextual()) {
            throw new MalformedRecordException("field \"" + field + "\" must be a string, got " + node.getNodeType());
        }
        return node.textValue();
    }

    private static List<String> stringArray(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw new MalformedRecordException("missing field \"" + field + "\"");
        }
        if (!node.isArray()) {
            throw new MalformedRecordException("field \"" + field + "\" must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            values.add(textOf(element, field));
        }
        return values;
    }

    /** A line that is valid JSON but not a valid record; turned into an {@link IOException} with file and line. */
    private static final class MalformedRecordException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MalformedRecordException(String message) {
            super(message);
        }
    }
}
