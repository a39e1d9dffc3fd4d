package io.papyri.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.papyri.core.json.ArtifactJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Papyri's records as the JSON of the API and the command line: serialized as the store keeps them
 * (ids as {@code scheme:local}, times as ISO-8601), with field names in snake_case
 * ({@code outputId} becomes {@code output_id}).
 */
public final class ApiJson {

    /** The mapper for objects built by hand. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+");

    private ApiJson() {
    }

    /**
     * A record of the API as a JSON tree with snake_case field names.
     *
     * @param value a record such as a {@code Summary}, or a list of them
     * @return the tree
     */
    public static JsonNode tree(Object value) {
        try {
            return snakeCase(MAPPER.readTree(ArtifactJson.write(value)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * A copy of a JSON tree whose object field names in camelCase are in snake_case; other names
     * (map keys such as setting names or scores) are kept.
     *
     * @param node the tree
     * @return the renamed tree
     */
    public static JsonNode snakeCase(JsonNode node) {
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
}
