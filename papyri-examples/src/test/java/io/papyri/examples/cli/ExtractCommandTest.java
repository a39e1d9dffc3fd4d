package io.papyri.examples.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code papyri extract} end to end on files written by the test, with the installed
 * extractor ({@code pdfbox}) and cleaner ({@code local}) found through the service loader.
 */
class ExtractCommandTest {

    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path dir;

    @Test
    void jsonFormatPrintsExactlyOneObjectWithTheGeneratedText() throws Exception {
        Path pdf = GeneratedPaper.write(dir.resolve("generated.pdf"));

        CliRun run = CliRun.of("extract", pdf.toString(), "--format", "json");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEmpty();
        JsonNode json = STRICT_JSON.readTree(run.out());
        assertThat(json.isObject()).isTrue();
        assertThat(json.get("id").asText()).startsWith("sha256:");
        assertThat(json.get("title").asText()).contains(GeneratedPaper.TITLE);
        assertThat(json.get("authors").isArray()).isTrue();
        assertThat(json.get("abstract").isTextual()).isTrue();
        assertThat(json.get("captions").isArray()).isTrue();
        assertThat(json.get("references").isArray()).isTrue();
        assertThat(json.get("removed").isObject()).isTrue();

        JsonNode sections = json.get("sections");
        assertThat(sections.isArray()).isTrue();
        assertThat(sections).isNotEmpty();
        List<String> headings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode section : sections) {
            assertThat(section.has("heading") && section.has("level") && section.has("page")
                    && section.get("paragraphs").isArray()).as(section.toString()).isTrue();
            headings.add(section.get("heading").asText());
            for (JsonNode paragraph : section.get("paragraphs")) {
                assertThat(paragraph.get("page").asInt()).isBetween(1, 2);
                paragraphs.add(paragraph.get("text").asText());
            }
        }
        assertThat(headings).anySatisfy(heading -> assertThat(heading).contains("Introduction"));
        assertThat(headings).anySatisfy(heading -> assertThat(heading).contains("Method"));
        assertThat(paragraphs).anySatisfy(text -> assertThat(text).contains(GeneratedPaper.BODY_SENTENCE));
        assertThat(paragraphs).anySatisfy(text -> assertThat(text).contains(GeneratedPaper.METHOD_SENTENCE));
        assertThat(json.get("abstract").asText() + String.join(" ", paragraphs))
                .contains(GeneratedPaper.ABSTRACT_SENTENCE);
    }

    @Test
    void markdownIsTheDefaultFormat() throws Exception {
        Path pdf = GeneratedPaper.write(dir.resolve("generated.pdf"));

        CliRun run = CliRun.of("extract", pdf.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("# ").contains(GeneratedPaper.TITLE).contains(GeneratedPaper.BODY_SENTENCE);
        assertThat(run.out().lines().filter(line -> line.startsWith("## ")))
                .anySatisfy(line -> assertThat(line).contains("Introduction"));
    }

    @Test
    void textFormatIsPlainText() throws Exception {
        Path pdf = GeneratedPaper.write(dir.resolve("generated.pdf"));

        CliRun run = CliRun.of("extract", pdf.toString(), "-f", "text");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains(GeneratedPaper.TITLE, GeneratedPaper.METHOD_SENTENCE)
                .doesNotContain("{\"").doesNotStartWith("#");
    }

    @Test
    void htmlSavedAsPdfIsRefusedInOneLineAsNotAPdf() throws Exception {
        Path html = dir.resolve("download.pdf");
        Files.writeString(html, "<!DOCTYPE html>\n<html><head><title>Sign in</title></head>"
                + "<body><p>Please sign in to download this paper.</p></body></html>\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("extract", html.toString(), "--format", "json");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.INVALID_DOCUMENT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).as(run.toString()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("papyri: ")
                .containsIgnoringCase("not a PDF")
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("at io."));
    }
}
