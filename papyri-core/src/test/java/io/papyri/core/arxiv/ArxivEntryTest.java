package io.papyri.core.arxiv;

import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArxivEntryTest {

    private static final ArxivEntry ENTRY = new ArxivEntry(ArxivId.parse("1111.2011v2"),
            "Quantum Criticality for Extended Nodes", List.of(
                    new ArxivEntry.Author("James M. Murray", List.of("Boston College")),
                    new ArxivEntry.Author("Adrian Del Maestro", List.of())),
            "Theoretical description of anisotropic systems.", List.of("cond-mat.stat-mech", "cond-mat.str-el"),
            "cond-mat.str-el", Instant.parse("2011-11-08T18:48:36Z"), Instant.parse("2012-04-02T12:38:54Z"),
            "10.1103/PhysRevB.85.115117", "Phys. Rev. B 85, 115117 (2012)", "8 pages, 3 figures", List.of(
                    new ArxivEntry.Link(URI.create("http://dx.doi.org/10.1103/PhysRevB.85.115117"), "related", null, "doi"),
                    new ArxivEntry.Link(URI.create("http://arxiv.org/abs/1111.2011v2"), "alternate", "text/html", null),
                    new ArxivEntry.Link(URI.create("http://arxiv.org/pdf/1111.2011v2"), "related", "application/pdf", "pdf")));

    @Test
    void metadataPutsThePrimaryCategoryFirstAndKeepsTheVersion() {
        PaperMetadata metadata = ENTRY.toMetadata();

        assertThat(metadata.id()).isEqualTo(PaperId.parse("arxiv:1111.2011v2"));
        assertThat(metadata.title()).isEqualTo("Quantum Criticality for Extended Nodes");
        assertThat(metadata.authors()).containsExactly("James M. Murray", "Adrian Del Maestro");
        assertThat(metadata.abstractText()).isEqualTo("Theoretical description of anisotropic systems.");
        assertThat(metadata.categories()).containsExactly("cond-mat.str-el", "cond-mat.stat-mech");
        assertThat(metadata.published()).isEqualTo(Instant.parse("2011-11-08T18:48:36Z"));
        assertThat(metadata.updated()).isEqualTo(Instant.parse("2012-04-02T12:38:54Z"));
        assertThat(metadata.pdfUrl()).isEqualTo(URI.create("http://arxiv.org/pdf/1111.2011v2"));
    }

    @Test
    void metadataCanPointAtAMirrorsPdfUrl() {
        assertThat(ENTRY.toMetadata(URI.create("https://mirror.example.org/pdf/")).pdfUrl())
                .isEqualTo(URI.create("https://mirror.example.org/pdf/1111.2011v2"));
    }

    @Test
    void linksAreFoundByRole() {
        assertThat(ENTRY.pdfLink()).contains(URI.create("http://arxiv.org/pdf/1111.2011v2"));
        assertThat(ENTRY.abstractLink()).contains(URI.create("http://arxiv.org/abs/1111.2011v2"));
        ArxivEntry bare = new ArxivEntry(ArxivId.parse("2101.01234v1"), "t", List.of(), "", List.of(), null, null, null,
                null, null, null, List.of());
        assertThat(bare.pdfLink()).isEmpty();
        assertThat(bare.toMetadata().pdfUrl()).isNull();
        assertThat(bare.categoriesPrimaryFirst()).isEmpty();
    }
}
