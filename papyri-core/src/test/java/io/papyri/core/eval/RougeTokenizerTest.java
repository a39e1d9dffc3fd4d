package io.papyri.core.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RougeTokenizerTest {

    @Test
    void splitsOnEverythingButAsciiLettersAndDigits() {
        RougeTokenizer tokenizer = new RougeTokenizer(false);

        assertThat(tokenizer.tokenize("Hello, World! It's 2024-01_x")).containsExactly(
                "hello", "world", "it", "s", "2024", "01", "x");
        assertThat(tokenizer.tokenize("naïve café")).containsExactly("na", "ve", "caf");
        assertThat(tokenizer.tokenize("  ,;! ")).isEmpty();
    }

    @Test
    void stemsOnlyTokensLongerThanThreeCharacters() {
        RougeTokenizer tokenizer = new RougeTokenizer(true);

        // "ties" (4 chars) is stemmed to "tie"; "was"/"has" (3 chars) are not stemmed to "wa"/"ha".
        assertThat(tokenizer.tokenize("Running dogs was ties has")).containsExactly(
                "run", "dog", "was", "tie", "has");
    }
}
