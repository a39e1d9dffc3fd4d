package io.papyri.examples.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.papyri.examples.web.ApiJson;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes Papyri's records as JSON: indented objects for standard output, one-line objects for JSONL.
 * Records are written by {@link ApiJson}: as the store keeps them, with snake_case field names
 * ({@code output_id}), the same JSON as the web API's.
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonOutput() {
    }

    /**
     * A record as an indented JSON object followed by a line break.
     *
     * @param value a record of the API, such as a {@code Summary} or an {@code Answer}
     * @return the JSON text
     */
    static String pretty(Object value) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(ApiJson.tree(value)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("could not print " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * An object as one line of JSON, without a line break.
     *
     * @param node the object
     * @return the JSON text
     */
    static String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a JSON line", e);
        }
    }

    /** @return a new empty object to fill */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
