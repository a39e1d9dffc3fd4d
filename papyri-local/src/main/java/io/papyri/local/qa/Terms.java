package io.papyri.local.qa;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stems of the content words of a text, made the way the passage index's BM25 makes them (English
 * analysis: lower case, stop words out, Porter stems), so that word overlap agrees with BM25.
 */
final class Terms {

    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private Terms() {
    }

    /**
     * The stems of a text in order; stop words are left out.
     *
     * @param text any text
     * @return its stems, repeated as often as they occur
     */
    static List<String> of(String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return stems;
    }

    /**
     * The stem of one word, or empty when it is a stop word.
     *
     * @param word a word
     * @return its stem, or the empty string
     */
    static String stem(String word) {
        List<String> stems = of(word);
        return stems.isEmpty() ? "" : stems.get(0);
    }
}
