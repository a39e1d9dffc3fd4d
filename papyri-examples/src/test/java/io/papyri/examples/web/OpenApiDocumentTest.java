package io.papyri.examples.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papyri.examples.cli.GeneratedPaper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@code /openapi.json} against the running app: a valid 3.0.3 document whose references
 * resolve, whose every operation is routed (exercised with the document's own examples, answering with
 * a documented status and a body that fits the documented schema), and whose Swagger UI page loads.
 */
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    @TempDir
    static Path dir;

    private static WebFixture web;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        // arXiv is an address nobody answers on, so searches fail fast with a documented 503
        web = WebFixture.start(dir, WebSettings.local(0), GeneratedPaper.TITLE,
                Map.of("papyri.arxiv.api-url", "http://127.0.0.1:9/api/query", "papyri.arxiv.pdf-url", "http://127.0.0.1:9/pdf/",
                        "papyri.arxiv.min-interval", "PT0S", "papyri.arxiv.max-retries", "0"),
                Optional.empty());
        HttpResponse<String> response = web.get("/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        doc = JSON.readTree(response.body());
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void isAnOpenApi303DocumentWithInfoPathsAndSecurity() {
        assertThat(doc.path("openapi").asText()).isEqualTo("3.0.3");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        assertThat(doc.path("info").path("version").asText()).isNotBlank();
        assertThat(doc.path("paths").size()).isGreaterThanOrEqualTo(14);
        JsonNode apiKey = doc.at("/components/securitySchemes/apiKey");
        assertThat(apiKey.path("type").asText()).isEqualTo("apiKey");
        assertThat(apiKey.path("in").asText()).isEqualTo("header");
        assertThat(apiKey.path("name").asText()).isEqualTo("X-API-Key");
        Set<String> operationIds = new LinkedHashSet<>();
        for (Operation op : operations()) {
            assertThat(op.node().path("responses").size()).as(op.toString()).isPositive();
            assertThat(operationIds.add(op.node().path("operationId").asText())).as("unique operationId of " + op).isTrue();
            if (op.method().equals("post")) {
                // writes: the API key is optional ({} allowed), and the CSRF header is documented
                assertThat(op.node().path("security").toString()).as(op.toString()).contains("{}").contains("apiKey");
                assertThat(parameters(op)).as(op.toString()).anySatisfy(p -> assertThat(p.path("name").asText()).isEqualTo("X-CSRF-Token"));
                for (String status : List.of("400", "401", "403", "413", "415", "429")) {
                    assertThat(op.node().path("responses").has(status)).as(op + " documents " + status).isTrue();
                }
            }
        }
        assertThat(doc.at("/components/schemas/Problem/required").toString())
                .contains("type", "title", "status", "detail", "instance", "request_id");
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).as("a local reference").startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref + " resolves").isFalse();
        }
        // and every component is used
        for (String kind : List.of("schemas", "responses", "parameters")) {
            doc.path("components").path(kind).fieldNames().forEachRemaining(name ->
                    assertThat(refs).as(kind + "/" + name + " is used").contains("#/components/" + kind + "/" + name));
        }
    }

    @Test
    void everyDocumentedOperationIsRoutedAndAnswersAsDocumented() throws Exception {
        String session = JSON.readTree(web.post("/api/papers/" + web.paper().id() + "/chats", "{}").body())
                .path("session_id").asText();
        assertThat(session).isNotBlank();
        for (Operation op : operations()) {
            String path = op.path().replace("{id}", web.paper().id().toString()).replace("{session}", session);
            StringBuilder query = new StringBuilder();
            for (JsonNode parameter : parameters(op)) {
                if (parameter.path("in").asText().equals("query") && parameter.has("example")) {
                    query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asText()).append('=')
                            .append(URLEncoder.encode(parameter.path("example").asText(), StandardCharsets.UTF_8));
                }
            }
            HttpResponse<String> response;
            if (op.method().equals("get")) {
                response = web.get(path + query);
            } else {
                JsonNode example = op.node().at("/requestBody/content/application~1json/example");
                assertThat(example.isMissingNode()).as(op + " has a request body example").isFalse();
                response = web.post(path + query, example.toString());
            }
            String what = op + " -> " + response.statusCode() + " " + response.body();
            boolean unrouted = response.statusCode() == 404 && (response.body().contains("Nothing at")
                    || response.body().matches("(?s).*Endpoint [A-Z]+ \\S+ not found.*"));
            assertThat(unrouted).as("routed: " + what).isFalse();
            assertThat(response.statusCode()).as(what).isNotEqualTo(405).isNotEqualTo(500);
            JsonNode documented = op.node().path("responses").path(String.valueOf(response.statusCode()));
            assertThat(documented.isMissingNode()).as("status documented: " + what).isFalse();
            documented = resolve(documented);
            String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
            JsonNode content = documented.path("content").path(type);
            assertThat(content.isMissingNode()).as("content type " + type + " documented: " + what).isFalse();
            if (type.endsWith("json") && !op.path().equals("/openapi.json")) {
                List<String> errors = new ArrayList<>();
                validate(JSON.readTree(response.body()), content.path("schema"), "$", errors);
                assertThat(errors).as("fits the schema: " + what).isEmpty();
            }
        }
    }

    @Test
    void theChatStreamAndProgressEventsFitTheirSchemas() throws Exception {
        String id = web.paper().id().toString();
        String session = JSON.readTree(web.post("/api/papers/" + id + "/chats", "{}").body()).path("session_id").asText();
        HttpResponse<String> stream = web.post("/api/papers/" + id + "/chats/" + session + "/messages",
                "{\"message\":\"What is the method?\"}", "Accept", "text/event-stream");
        assertThat(stream.statusCode()).as(stream.body()).isEqualTo(200);
        assertThat(resolve(doc.at("/paths/~1api~1papers~1{id}~1chats~1{session}~1messages/post/responses/200"))
                .path("content").has("text/event-stream")).isTrue();
        Matcher events = Pattern.compile("event: (\\S+)\ndata: (.*)\n\n").matcher(stream.body());
        int count = 0;
        while (events.find()) {
            count++;
            String schema = events.group(1).equals("message") ? "ChatMessage" : "TokenEvent";
            assertThat(events.group(1)).isIn("token", "message");
            assertThat(doc.at("/paths/~1api~1papers~1{id}~1chats~1{session}~1messages/post/responses/200/content/text~1event-stream/x-events")
                    .has(events.group(1))).as("event " + events.group(1) + " documented").isTrue();
            List<String> errors = new ArrayList<>();
            validate(JSON.readTree(events.group(2)), doc.at("/components/schemas/" + schema), "$", errors);
            assertThat(errors).as(events.group()).isEmpty();
        }
        assertThat(count).isGreaterThan(1);

        HttpResponse<String> progress = web.get("/api/papers/" + id + "/progress");
        assertThat(progress.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Matcher ready = Pattern.compile("event: ready\ndata: (.*)\n\n").matcher(progress.body());
        assertThat(ready.find()).as(progress.body()).isTrue();
        List<String> errors = new ArrayList<>();
        validate(JSON.readTree(ready.group(1)), doc.at("/components/schemas/ProgressEvent"), "$", errors);
        assertThat(errors).isEmpty();
    }

    @Test
    void everyRouteTheAppRegistersIsDocumented() throws Exception {
        // the routes as registered in the sources (pages included); static files are not routes
        Pattern route = Pattern.compile("routes\\.(get|post|put|patch|delete)\\(\"([^\"]+)\"");
        Set<String> registered = new TreeSet<>();
        for (String file : List.of("ApiRoutes.java", "PageRoutes.java", "WebApp.java")) {
            Path source = Path.of("src/main/java/io/papyri/examples/web", file);
            if (!Files.isRegularFile(source)) {
                continue;
            }
            Matcher matcher = route.matcher(Files.readString(source));
            while (matcher.find()) {
                registered.add(matcher.group(1) + " " + matcher.group(2));
            }
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(registered.isEmpty(), "the web app's sources are not at src/main/java");
        Set<String> documented = new TreeSet<>();
        for (Operation op : operations()) {
            documented.add(op.method() + " " + op.path());
        }
        assertThat(documented).containsAll(registered);
    }

    @Test
    void theSchemaCheckOfTheseTestsFindsDrift() throws Exception {
        List<String> errors = new ArrayList<>();
        validate(JSON.readTree("{\"outputId\":\"x\",\"score\":7}"), doc.at("/components/schemas/Rating"), "$", errors);
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("undocumented property outputId"))
                .anySatisfy(e -> assertThat(e).contains("lacks output_id"))
                .anySatisfy(e -> assertThat(e).contains("above"));
    }

    @Test
    void docsServeSwaggerUiWithItsScriptsAndStyles() throws Exception {
        HttpResponse<String> page = web.get("/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        for (String asset : List.of("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js",
                "/webjars/swagger-ui/5.34.1/swagger-ui.css", "/assets/docs.js")) {
            assertThat(page.body()).contains(asset);
            HttpResponse<String> response = web.get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.body()).as(asset).isNotBlank();
        }
        assertThat(web.get("/assets/docs.js").body()).contains("openapi.json");
    }

    // --- the document

    private record Operation(String path, String method, JsonNode node, JsonNode pathItem) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(new Operation(path.getKey(), method.getKey(), method.getValue(), path.getValue()));
            }
        }));
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private static List<JsonNode> parameters(Operation op) {
        List<JsonNode> parameters = new ArrayList<>();
        op.pathItem().path("parameters").forEach(p -> parameters.add(resolve(p)));
        op.node().path("parameters").forEach(p -> parameters.add(resolve(p)));
        return parameters;
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = doc.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectRefs(element, refs));
        }
    }

    /**
     * A small JSON Schema check, strict on purpose: an object may only have the documented properties
     * (unless additionalProperties says otherwise), so the document cannot drift from the code.
     */
    static void validate(JsonNode value, JsonNode schema, String at, List<String> errors) {
        schema = resolve(schema);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                errors.add(at + " is null");
            }
            return;
        }
        if (schema.has("allOf")) {
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            Set<String> required = new LinkedHashSet<>();
            for (JsonNode part : schema.path("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.path("properties").fields().forEachRemaining(f -> properties.put(f.getKey(), f.getValue()));
                resolved.path("required").forEach(r -> required.add(r.asText()));
            }
            checkObject(value, properties, required, null, at, errors);
            return;
        }
        if (schema.has("enum")) {
            boolean known = false;
            for (JsonNode option : schema.path("enum")) {
                known |= option.equals(value);
            }
            if (!known) {
                errors.add(at + " = " + value + " is not one of " + schema.path("enum"));
            }
        }
        switch (schema.path("type").asText("")) {
            case "object" -> {
                Map<String, JsonNode> properties = new LinkedHashMap<>();
                schema.path("properties").fields().forEachRemaining(f -> properties.put(f.getKey(), f.getValue()));
                Set<String> required = new LinkedHashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                checkObject(value, properties, required, schema.get("additionalProperties"), at, errors);
            }
            case "array" -> {
                if (!value.isArray()) {
                    errors.add(at + " is not an array");
                    return;
                }
                if (schema.has("maxItems") && value.size() > schema.path("maxItems").asInt()) {
                    errors.add(at + " has too many items");
                }
                for (int i = 0; i < value.size(); i++) {
                    validate(value.get(i), schema.path("items"), at + "[" + i + "]", errors);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    errors.add(at + " is not a string: " + value);
                } else if (schema.has("maxLength") && value.asText().length() > schema.path("maxLength").asInt()) {
                    errors.add(at + " is too long");
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    errors.add(at + " is not an integer: " + value);
                }
                range(value, schema, at, errors);
            }
            case "number" -> {
                if (!value.isNumber()) {
                    errors.add(at + " is not a number: " + value);
                }
                range(value, schema, at, errors);
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(at + " is not a boolean: " + value);
                }
            }
            default -> {
                // no type: anything
            }
        }
    }

    private static void range(JsonNode value, JsonNode schema, String at, List<String> errors) {
        if (schema.has("minimum") && value.asDouble() < schema.path("minimum").asDouble()) {
            errors.add(at + " = " + value + " is below " + schema.path("minimum"));
        }
        if (schema.has("maximum") && value.asDouble() > schema.path("maximum").asDouble()) {
            errors.add(at + " = " + value + " is above " + schema.path("maximum"));
        }
    }

    private static void checkObject(JsonNode value, Map<String, JsonNode> properties, Set<String> required,
                                    JsonNode additional, String at, List<String> errors) {
        if (!value.isObject()) {
            errors.add(at + " is not an object: " + value);
            return;
        }
        for (String name : required) {
            if (!value.has(name)) {
                errors.add(at + " lacks " + name);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = properties.get(field.getKey());
            if (property != null) {
                validate(field.getValue(), property, at + "." + field.getKey(), errors);
            } else if (additional != null && additional.isObject()) {
                validate(field.getValue(), additional, at + "." + field.getKey(), errors);
            } else if (additional == null || !additional.asBoolean(true) || !additional.isBoolean()) {
                errors.add(at + " has the undocumented property " + field.getKey());
            }
        }
    }
}
