package io.papyri.core.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.papyri.api.Caption;
import io.papyri.api.Paper;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Renders a paper as one JSON object whose field names do not depend on the Java records:
 *
 * <pre>{@code
 * {
 *   "id": "sha256:9f2c...",
 *   "title": "...",
 *   "authors": ["..."],
 *   "abstract": "...",
 *   "sections": [{"heading": "1 Introduction", "level": 1, "page": 1,
 *                 "paragraphs": [{"text": "...", "page": 1}]}],
 *   "captions": [{"kind": "figure", "label": "Figure 1", "text": "...", "page": 3}],
 *   "references": ["..."],
 *   "removed": {"equation": 4, "footnote": 2}
 * }
 * }</pre>
 *
 * Sections and paragraphs are in reading order; {@code removed} is sorted by kind so that equal
 * papers give equal bytes. Strings are escaped by Jackson, so any text survives a round trip.
 */
public final class JsonRenderer implements PaperRenderer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectWriter writer;

    /** A renderer that indents with two spaces and {@code \n} line breaks. */
    public JsonRenderer() {
        this(true);
    }

    /**
     * @param pretty {@code true} to indent with two spaces and {@code \n} line breaks,
     *               {@code false} for the whole object on one line
     */
    public JsonRenderer(boolean pretty) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.writer = pretty ? MAPPER.writer(printer) : MAPPER.writer();
    }

    /**
     * Builds the JSON tree of a paper, for callers that embed it in a larger document.
     *
     * @param paper the paper
     * @return a new tree; changing it does not affect later calls
     */
    public ObjectNode toTree(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        ObjectNode root = NODES.objectNode();
        root.put("id", paper.id().toString());
        root.put("title", paper.title());
        ArrayNode authors = root.putArray("authors");
        paper.authors().forEach(authors::add);
        root.put("abstract", paper.abstractText());
        ArrayNode sections = root.putArray("sections");
        for (Section section : paper.sections()) {
            sections.add(section(section));
        }
        ArrayNode captions = root.putArray("captions");
        for (Caption caption : paper.captions()) {
            captions.addObject()
                    .put("kind", caption.kind())
                    .put("label", caption.label())
                    .put("text", caption.text())
                    .put("page", caption.page());
        }
        ArrayNode references = root.putArray("references");
        paper.references().forEach(references::add);
        ObjectNode removed = root.putObject("removed");
        for (Map.Entry<String, Integer> count : new TreeMap<>(paper.removed()).entrySet()) {
            removed.put(count.getKey(), count.getValue());
        }
        return root;
    }

    @Override
    public String render(Paper paper) {
        try {
            return writer.writeValueAsString(toTree(paper)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write paper " + paper.id() + " as JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    private static ObjectNode section(Section section) {
        ObjectNode node = NODES.objectNode()
                .put("heading", section.heading())
                .put("level", section.level())
                .put("page", section.page());
        ArrayNode paragraphs = node.putArray("paragraphs");
        for (Paragraph paragraph : section.paragraphs()) {
            paragraphs.addObject()
                    .put("text", paragraph.text())
                    .put("page", paragraph.page());
        }
        return node;
    }
}
