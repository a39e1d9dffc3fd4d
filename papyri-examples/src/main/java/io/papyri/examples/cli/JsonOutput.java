package io.papyri.examples.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.papyri.core.json.ArtifactJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Writes Papyri's records as JSON: indented objects for standard output, one-line objects for JSONL.
 * Records are serialized by {@link ArtifactJson} (ids as {@code scheme:local}, times as ISO-8601)
 * with field names in snake_case ({@code outputId} is printed {@code output_id}), the convention
 * of the command line's JSON and of the web API.
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+");
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
            return MAPPER.writer(PRETTY).writeValueAsString(snakeCase(MAPPER.readTree(ArtifactJson.write(value)))) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("could not print " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * A copy of a JSON tree whose object field names in camelCase are in snake_case; other names
     * (map keys such as setting names or scores) are kept.
     *
     * @param node the tree
     * @return the renamed tree
     */
    static JsonNode snakeCase(JsonNode node) {
        if (node.isArray()) {
            ArrayNode array = MAPPER.createArrayNode();
            node.forEach(element -> array.add(snakeCase(element)));
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = MAPPER.createObjectNode();
            node.fields().forEachRemaining(field -> object.set(snakeCase(field.getKey()), snakeCase(field.getValue())));
            return object;
        }
        return node;
    }

    private static String snakeCase(String name) {
        if (!CAMEL_CASE.matcher(name).matches()) {
            return name;
        }
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
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
