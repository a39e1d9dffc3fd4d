package io.papyri.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The default tokenizer of Google's {@code rouge-score}: lower-case, treat every character other than
 * {@code a-z} and {@code 0-9} as a separator, and (when stemming) apply the {@link PorterStemmer} to
 * tokens longer than three characters.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RougeTokenizer {

    private static final int MIN_STEMMED_LENGTH = 4;

    private final PorterStemmer stemmer;

    /**
     * Creates a tokenizer.
     *
     * @param useStemmer whether to stem tokens longer than three characters ({@code use_stemmer=True})
     */
    public RougeTokenizer(boolean useStemmer) {
        this.stemmer = useStemmer ? new PorterStemmer() : null;
    }

    /**
     * Splits a text into ROUGE tokens.
     *
     * @param text any text, not null
     * @return the tokens in order; empty if the text has no ASCII letters or digits
     */
    public List<String> tokenize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                current.append(c);
            } else if (current.length() > 0) {
                tokens.add(finish(current.toString()));
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            tokens.add(finish(current.toString()));
        }
        return tokens;
    }

    private String finish(String token) {
        return stemmer != null && token.length() >= MIN_STEMMED_LENGTH ? stemmer.stem(token) : token;
    }
}
