package io.papyri.core.json;

import io.papyri.api.BoundingBox;
import io.papyri.api.Caption;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.PageLayout;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.PapyriException;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;
import io.papyri.api.TextLine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArtifactJsonTest {

    @Test
    void paperSurvivesARoundTrip() {
        Paper paper = new Paper(PaperId.parse("arxiv:math/0405482v2"), "Matchings \"and\" <diagrams>",
                List.of("A. Author", "B. Autor"), "We count ε-matchings.",
                List.of(new Section("", 1, 1, List.of(new Paragraph("Unheaded start.", 1))),
                        new Section("2.1 Setup", 2, 3, List.of(new Paragraph("Body on page three.", 3)))),
                List.of(new Caption("figure", "Figure 2", "Figure 2: A diagram.", 4)),
                List.of("[1] R. Stanley. Enumerative Combinatorics."), Map.of("equation", 4, "footnote", 1));

        byte[] json = ArtifactJson.write(paper);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"id\":\"arxiv:math/0405482v2\"");
        assertThat(ArtifactJson.read(json, Paper.class, "paper.json")).isEqualTo(paper);
    }

    @Test
    void extractedLayoutSurvivesARoundTrip() {
        ExtractedDocument document = new ExtractedDocument(PaperId.parse("sha256:ab12"), "pdfbox",
                List.of(new PageLayout(1, 612, 792, 2, List.of(
                        new TextLine("Deep Residual Learning", new BoundingBox(100, 80, 400, 14.5), "NimbusRomNo9L-Medi",
                                14.3, true, false, 0)))),
                Map.of("page-number", 12));

        assertThat(ArtifactJson.read(ArtifactJson.write(document), ExtractedDocument.class, "extracted.json"))
                .isEqualTo(document);
    }

    @Test
    void damagedArtifactGivesATypedErrorThatSaysWhatToDo() {
        byte[] damaged = "{\"id\":\"arxiv:1706.03762\",\"title\":".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ArtifactJson.read(damaged, Paper.class, "papers/arxiv_1706.03762/paper.json"))
                .isInstanceOf(PapyriException.class)
                .hasMessageContaining("papers/arxiv_1706.03762/paper.json")
                .hasMessageContaining("delete it so that it is rebuilt");
    }
}
