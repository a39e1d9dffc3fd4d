package io.papyri.core.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperFormatTest {

    @Test
    void findsFormatsByNameAndAlias() {
        assertThat(PaperFormat.fromName("json")).isEqualTo(PaperFormat.JSON);
        assertThat(PaperFormat.fromName(" Markdown ")).isEqualTo(PaperFormat.MARKDOWN);
        assertThat(PaperFormat.fromName("md")).isEqualTo(PaperFormat.MARKDOWN);
        assertThat(PaperFormat.fromName("TXT")).isEqualTo(PaperFormat.TEXT);
        assertThat(PaperFormat.TEXT.id()).isEqualTo("text");
    }

    @Test
    void eachFormatHasItsRenderer() {
        assertThat(PaperFormat.JSON.renderer()).isInstanceOf(JsonRenderer.class);
        assertThat(PaperFormat.MARKDOWN.renderer()).isInstanceOf(MarkdownRenderer.class);
        assertThat(PaperFormat.TEXT.renderer()).isInstanceOf(TextRenderer.class);
    }

    @Test
    void unknownNameListsTheChoices() {
        assertThatThrownBy(() -> PaperFormat.fromName("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'xml': use json, markdown or text");
    }
}
