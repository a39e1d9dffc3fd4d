package io.papyri.core.arxiv;

import io.papyri.api.PaperId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArxivIdTest {

    @ParameterizedTest(name = "{0} -> base {1}, version {2}")
    @CsvSource({
            "2101.01234,         2101.01234,     0, false",
            "2101.01234v2,       2101.01234,     2, false",
            "0704.0001,          0704.0001,      0, false",
            "1111.2011v2,        1111.2011,      2, false",
            "1412.9999v1,        1412.9999,      1, false",
            "1501.00001,         1501.00001,     0, false",
            "math/0405482,       math/0405482,   0, true",
            "math/0405482v1,     math/0405482,   1, true",
            "hep-th/9901001,     hep-th/9901001, 0, true",
            "hep-th/9901001v3,   hep-th/9901001, 3, true",
            "q-bio/0401001,      q-bio/0401001,  0, true",
            "math.AG/0309136,    math/0309136,   0, true",
            "cond-mat.str-el/0301001v2, cond-mat/0301001, 2, true",
            "arXiv:2101.01234v2, 2101.01234,     2, false",
            "arxiv:math/0405482, math/0405482,   0, true",
            "https://arxiv.org/abs/1706.03762v5,      1706.03762, 5, false",
            "http://arxiv.org/pdf/hep-th/9901001v1.pdf, hep-th/9901001, 1, true",
            "'  2101.01234 ',    2101.01234,     0, false"
    })
    void parsesNewAndOldStyleWithAndWithoutVersion(String text, String base, int version, boolean oldStyle) {
        ArxivId id = ArxivId.parse(text);

        assertThat(id.base()).isEqualTo(base);
        assertThat(id.hasVersion()).isEqualTo(version > 0);
        assertThat(id.version().orElse(0)).isEqualTo(version);
        assertThat(id.isOldStyle()).isEqualTo(oldStyle);
        assertThat(id.toString()).isEqualTo(version > 0 ? base + "v" + version : base);
    }

    @Test
    void versionsCanBeAddedAndRemovedWithoutChangingTheBase() {
        ArxivId latest = ArxivId.parse("math/0405482");

        assertThat(latest.withVersion(3)).hasToString("math/0405482v3");
        assertThat(latest.withVersion(3).withoutVersion()).isEqualTo(latest);
        assertThat(ArxivId.parse("2101.01234v1").withVersion(2)).isEqualTo(ArxivId.parse("2101.01234v2"));
        assertThat(ArxivId.parse("math.AG/0309136")).isEqualTo(ArxivId.parse("math/0309136"));
        assertThatThrownBy(() -> latest.withVersion(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void becomesAPaperIdOfSchemeArxivAndBack() {
        ArxivId id = ArxivId.parse("hep-th/9901001v1");
        PaperId paperId = id.toPaperId();

        assertThat(paperId).isEqualTo(new PaperId("arxiv", "hep-th/9901001v1"));
        assertThat(paperId.storageKey()).isEqualTo("arxiv_hep-th_9901001v1");
        assertThat(ArxivId.of(paperId)).isEqualTo(id);
        assertThatThrownBy(() -> ArxivId.of(new PaperId("sha256", "abc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheme must be 'arxiv'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "abc", "../../x", "arxiv:../../x", "/etc/passwd", "2101.01234/../../etc/passwd",
            "math/0405482/../../../x", "2101.01234\u0000", "math/0405482\u0000.pdf", "C:\\Windows\\x", "2101.01234v0",
            "2101.1234", "1412.12345", "2113.01234", "hep-th/990100", "hep-th/99010011", "HEP-TH/9901001",
            "2101.01234v", "2101.01234 v2", "2101.01234%2F..", "file:///etc/passwd", "https://evil.example/abs/2101.01234",
            "2101.01234\n2101.01235", "math//0405482"
    })
    void craftedOrMalformedIdsAreRejected(String text) {
        assertThatThrownBy(() -> ArxivId.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid arXiv id");
        assertThat(ArxivId.isValid(text)).isFalse();
    }

    @Test
    void theMessageShowsControlCharactersEscapedAndNeverEchoesAHugeInput() {
        assertThatThrownBy(() -> ArxivId.parse("2101.01234\u0000"))
                .hasMessageContaining("\\u0000");
        String huge = "9".repeat(10_000);
        assertThatThrownBy(() -> ArxivId.parse(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
    }

    @Test
    void aPaperIdThatIsSafeForStorageCanStillBeRejectedAsNotArxiv() {
        // PaperId lets 'foo/bar' through; the arXiv source must not turn it into a URL
        PaperId notArxiv = new PaperId("arxiv", "foo/bar");

        assertThatThrownBy(() -> ArxivId.of(notArxiv)).isInstanceOf(IllegalArgumentException.class);
    }
}
