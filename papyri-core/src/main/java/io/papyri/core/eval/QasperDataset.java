package io.papyri.core.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the shared QASPER evaluation files ({@code qasper-*.jsonl}): UTF-8 JSONL, one paper per line.
 *
 * <p>Fields used: {@code paper_id} (required), {@code title} and {@code abstract} (optional strings),
 * {@code sections} ({@code [{"heading": ..., "paragraphs": [...]}]}, required) and {@code questions}
 * ({@code [{"question_id", "question", "answers": [{"type", "text", "evidence": [...]}]}]}, required).
 * {@code figures_and_tables}, {@code extractive_spans} and {@code highlighted_evidence} are not read.
 * Every string is kept exactly as written: no trimming, no whitespace normalization.
 *
 * <p>Blank lines are skipped. A malformed line fails the whole read with an {@link IOException} whose
 * message names the file and the 1-based line number.
 */
public final class QasperDataset {

    private QasperDataset() {
    }

    /**
     * Reads every paper of a QASPER JSONL file.
     *
     * @param file the JSONL file
     * @return the papers in file order
     * @throws IOException if the file cannot be read or a line is malformed (the message names file and line)
     */
    public static List<QasperPaper> read(Path file) throws IOException {
        return JsonLines.read(file, QasperDataset::parse);
    }

    /**
     * The gold answers of the given papers by question id, as {@link QasperEvaluator#evaluate} wants them.
     *
     * @param papers the papers
     * @return question id to annotator answers, in file order
     * @throws IllegalArgumentException if two questions share an id
     */
    public static Map<String, List<QasperGoldAnswer>> gold(List<QasperPaper> papers) {
        Map<String, List<QasperGoldAnswer>> gold = new LinkedHashMap<>();
        for (QasperPaper paper : papers) {
            for (QasperQuestion question : paper.questions()) {
                if (gold.put(question.questionId(), question.answers()) != null) {
                    throw new IllegalArgumentException("question id " + question.questionId()
                            + " appears twice (paper " + paper.paperId() + ")");
                }
            }
        }
        return gold;
    }

    // IllegalArgumentException carries "what is wrong"; read(...) adds file and line
    private static QasperPaper parse(JsonNode record) {
        if (!record.isObject()) {
            throw new IllegalArgumentException("expected a JSON object per line");
        }
        String paperId = requiredText(record, "paper_id");
        String title = optionalText(record, "title");
        String abstractText = optionalText(record, "abstract");
        List<QasperPaper.QasperSection> sections = new ArrayList<>();
        for (JsonNode section : array(record, "sections", "paper " + paperId)) {
            if (!section.isObject()) {
                throw new IllegalArgumentException("paper " + paperId + ": each entry of \"sections\" must be an object");
            }
            sections.add(new QasperPaper.QasperSection(optionalText(section, "heading"),
                    strings(section, "paragraphs", "paper " + paperId)));
        }
        List<QasperQuestion> questions = new ArrayList<>();
        for (JsonNode question : array(record, "questions", "paper " + paperId)) {
            questions.add(question(question, paperId));
        }
        return new QasperPaper(paperId, title, abstractText, sections, questions);
    }

    private static QasperQuestion question(JsonNode node, String paperId) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("paper " + paperId + ": each entry of \"questions\" must be an object");
        }
        String id = requiredText(node, "question_id");
        String where = "question " + id;
        List<QasperGoldAnswer> answers = new ArrayList<>();
        for (JsonNode answer : array(node, "answers", where)) {
            if (!answer.isObject()) {
                throw new IllegalArgumentException(where + ": each entry of \"answers\" must be an object");
            }
            QasperAnswerType type = QasperAnswerType.parse(requiredText(answer, "type"));
            List<String> evidence = answer.hasNonNull("evidence") ? strings(answer, "evidence", where) : List.of();
            answers.add(new QasperGoldAnswer(type, requiredText(answer, "text"), evidence));
        }
        return new QasperQuestion(id, requiredText(node, "question"), answers);
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field \"" + field + "\"");
        }
        return text(value, field);
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : text(value, field);
    }

    private static String text(JsonNode value, String field) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a string, got " + value.getNodeType());
        }
        return value.textValue();
    }

    private static JsonNode array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(where + ": missing field \"" + field + "\"");
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(where + ": field \"" + field + "\" must be an array");
        }
        return value;
    }

    private static List<String> strings(JsonNode node, String field, String where) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : array(node, field, where)) {
            values.add(text(element, field));
        }
        return values;
    }
}
