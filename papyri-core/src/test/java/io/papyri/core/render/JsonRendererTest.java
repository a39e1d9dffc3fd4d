package io.papyri.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papyri.api.Paper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRendererTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesEveryFieldWithStableNamesInReadingOrder() throws Exception {
        JsonNode json = mapper.readTree(new JsonRenderer().render(SamplePapers.attention()));

        assertThat(json.fieldNames()).toIterable().containsExactly(
                "id", "title", "authors", "abstract", "sections", "captions", "references", "removed");
        assertThat(json.get("id").asText()).isEqualTo("arxiv:1706.03762v5");
        assertThat(json.get("title").asText()).isEqualTo("Attention Is All You Need");
        assertThat(json.get("authors")).extracting(JsonNode::asText).containsExactly("Ashish Vaswani", "Noam Shazeer");
        assertThat(json.get("abstract").asText()).startsWith("The dominant sequence");

        JsonNode sections = json.get("sections");
        assertThat(sections).hasSize(4);
        assertThat(sections).extracting(s -> s.get("heading").asText())
                .containsExactly("", "1 Introduction", "3.2 Attention", "3.2.1 Scaled Dot-Product Attention");
        JsonNode introduction = sections.get(1);
        assertThat(introduction.fieldNames()).toIterable().containsExactly("heading", "level", "page", "paragraphs");
        assertThat(introduction.get("level").isInt()).isTrue();
        assertThat(introduction.get("level").asInt()).isEqualTo(1);
        assertThat(introduction.get("page").asInt()).isEqualTo(1);
        assertThat(introduction.get("paragraphs")).extracting(p -> p.get("text").asText() + "@" + p.get("page").asInt())
                .containsExactly("Recurrent models are slow.@1", "Attention helps.@2");
        assertThat(sections.get(2).get("level").asInt()).isEqualTo(2);
        assertThat(sections.get(3).get("paragraphs").isArray()).isTrue();
        assertThat(sections.get(3).get("paragraphs")).isEmpty();

        JsonNode caption = json.get("captions").get(0);
        assertThat(caption.fieldNames()).toIterable().containsExactly("kind", "label", "text", "page");
        assertThat(caption.get("kind").asText()).isEqualTo("figure");
        assertThat(caption.get("label").asText()).isEqualTo("Figure 1");
        assertThat(caption.get("text").asText()).isEqualTo("Figure 1: The Transformer.");
        assertThat(caption.get("page").asInt()).isEqualTo(3);

        assertThat(json.get("references")).extracting(JsonNode::asText)
                .containsExactly("[1] Jimmy Lei Ba. Layer normalization. 2016.", "[2] Dzmitry Bahdanau. NMT. 2014.");
    }

    @Test
    void removedCountsAreSortedByKindSoEqualPapersGiveEqualBytes() throws Exception {
        String rendered = new JsonRenderer().render(SamplePapers.attention());
        JsonNode removed = mapper.readTree(rendered).get("removed");

        assertThat(removed.fieldNames()).toIterable().containsExactly("equation", "footnote", "running-header");
        assertThat(removed.get("running-header").asInt()).isEqualTo(14);
        assertThat(new JsonRenderer().render(SamplePapers.attention())).isEqualTo(rendered);
    }

    @Test
    void quotesTagsBackslashesAndNonAsciiSurviveARoundTrip() throws Exception {
        Paper paper = SamplePapers.titled(SamplePapers.TRICKY_TITLE);

        String rendered = new JsonRenderer().render(paper);
        JsonNode json = mapper.readTree(rendered);

        assertThat(json.get("title").asText()).isEqualTo(SamplePapers.TRICKY_TITLE);
        assertThat(rendered).contains("\\\"hello\\\"").contains("\\\\ back");
    }

    @Test
    void controlCharactersAreEscapedNotWrittenRaw() throws Exception {
        String title = "bell\u0007 and newline\n and escape\u001b[31m";
        String rendered = new JsonRenderer(false).render(SamplePapers.titled(title));

        assertThat(rendered).doesNotContain("\u0007").doesNotContain("\u001b").contains("\\n");
        assertThat(mapper.readTree(rendered).get("title").asText()).isEqualTo(title);
    }

    @Test
    void compactOutputIsOneLineAndPrettyOutputUsesNewlinesOnly() {
        String compact = new JsonRenderer(false).render(SamplePapers.attention());
        String pretty = new JsonRenderer().render(SamplePapers.attention());

        assertThat(compact).endsWith("}\n");
        assertThat(compact.strip()).doesNotContain("\n");
        assertThat(pretty).startsWith("{\n  \"id\" : \"arxiv:1706.03762v5\",\n").doesNotContain("\r");
    }

    @Test
    void emptyPaperStillHasEveryField() throws Exception {
        JsonNode json = mapper.readTree(new JsonRenderer().render(SamplePapers.titled("")));

        assertThat(json.get("title").asText()).isEmpty();
        assertThat(json.get("authors").isArray()).isTrue();
        assertThat(json.get("sections").isArray()).isTrue();
        assertThat(json.get("captions").isArray()).isTrue();
        assertThat(json.get("references").isArray()).isTrue();
        assertThat(json.get("removed").isObject()).isTrue();
        assertThat(json.get("abstract").isTextual()).isTrue();
    }

    @Test
    void toTreeGivesAFreshTreeEachCall() {
        JsonRenderer renderer = new JsonRenderer();
        renderer.toTree(SamplePapers.attention()).put("title", "changed");

        assertThat(renderer.toTree(SamplePapers.attention()).get("title").asText()).isEqualTo("Attention Is All You Need");
        assertThat(renderer.mediaType()).isEqualTo("application/json");
    }
}
