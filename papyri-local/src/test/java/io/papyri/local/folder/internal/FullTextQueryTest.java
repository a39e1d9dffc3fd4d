package io.papyri.local.folder.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FullTextQueryTest {

    @Test
    void wordsAndPhrasesAreQuotedAndLookedForInTitleAndAbstract() {
        FullTextQuery query = FullTextQuery.parse("Residual \"deep learning\"").orElseThrow();

        assertThat(query.terms()).containsExactly("{title abstract} : \"residual\"",
                "{title abstract} : \"deep learning\"");
        assertThat(query.all()).isEqualTo("{title abstract} : \"residual\" AND {title abstract} : \"deep learning\"");
        assertThat(query.any()).isEqualTo("{title abstract} : \"residual\" OR {title abstract} : \"deep learning\"");
    }

    @Test
    void fieldPrefixesPickAColumn() {
        assertThat(FullTextQuery.parse("ti:attention abs:\"neural network\" au:Vaswani").orElseThrow().terms())
                .containsExactly("title : \"attention\"", "abstract : \"neural network\"", "authors : \"vaswani\"");
    }

    @Test
    void punctuationSplitsAWordIntoAPhraseAndNeverReachesFts() {
        assertThat(FullTextQuery.parse("state-of-the-art NEAR(x) col:umn * ^ \"unclosed").orElseThrow().terms())
                .containsExactly("{title abstract} : \"state of the art\"", "{title abstract} : \"near x\"",
                        "{title abstract} : \"col umn\"", "{title abstract} : \"unclosed\"");
    }

    @Test
    void booleanWordsAreIgnoredAndAQueryWithoutWordsIsEmpty() {
        assertThat(FullTextQuery.parse("attention AND transformer OR rnn").orElseThrow().terms()).hasSize(3);
        assertThat(FullTextQuery.parse("?! -- \"\" ::")).isEmpty();
    }
}
