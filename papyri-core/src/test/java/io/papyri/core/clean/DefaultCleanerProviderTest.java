package io.papyri.core.clean;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.PageLayout;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.spi.CleanerProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultCleanerProviderTest {

    @Test
    void isFoundByServiceLoaderUnderTheNameLocal() {
        assertThat(ServiceLoader.load(CleanerProvider.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(provider -> {
                    assertThat(provider.name()).isEqualTo("local");
                    assertThat(provider.description()).isNotBlank();
                    assertThat(provider.create(null)).isInstanceOf(DefaultCleaner.class);
                });
    }

    @Test
    void readsADocumentWithoutTextAsAnEmptyPaper() {
        ExtractedDocument empty = new ExtractedDocument(new PaperId("test", "empty"), "hand",
                List.of(new PageLayout(1, 612, 792, 1, List.of())), Map.of("image-only-page", 1));
        Paper paper = new DefaultCleaner().clean(empty);
        assertThat(paper.title()).isEmpty();
        assertThat(paper.abstractText()).isEmpty();
        assertThat(paper.sections()).isEmpty();
        assertThat(paper.references()).isEmpty();
        assertThat(paper.removed()).containsExactly(Map.entry("image-only-page", 1));
    }

    @Test
    void readsASingleLine() {
        ExtractedDocument one = new LayoutBuilder().page(1).style(10, false)
                .line("Just one line of text on a page.", 72, 300, 100).build();
        Paper paper = new DefaultCleaner().clean(one);
        assertThat(paper.title()).isEqualTo("Just one line of text on a page.");
        assertThat(paper.sections()).isEmpty();
    }
}
