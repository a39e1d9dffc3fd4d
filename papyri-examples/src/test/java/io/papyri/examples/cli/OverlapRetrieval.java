package io.papyri.examples.cli;

import io.papyri.api.Paper;
import io.papyri.api.Passage;
import io.papyri.core.index.PassageChunker;
import io.papyri.core.index.RuleSentenceSplitter;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The test fixtures' retrieval: the passage sharing the most question words (longer than three
 * letters, a few question words left out). Passages come from the core chunker with a small word
 * budget, so long paragraphs are cut into pieces and whitespace is collapsed, as real answerers do.
 */
final class OverlapRetrieval {

    /** Passage word budget: small, so that test paragraphs get cut into pieces. */
    static final int MAX_WORDS = 30;

    private static final Set<String> IGNORED = Set.of("what", "which", "does", "this", "that", "with", "from",
            "have", "about", "paper", "they", "their", "there", "were", "when", "where", "whose", "into");
    private static final PassageChunker CHUNKER = new PassageChunker(new RuleSentenceSplitter(), MAX_WORDS, true);
    private static final RuleSentenceSplitter SENTENCES = new RuleSentenceSplitter();

    private OverlapRetrieval() {
    }

    /** The best passage, or empty when no passage shares a word with the question. */
    static Optional<Passage> best(Paper paper, String question) {
        Set<String> asked = words(question);
        Passage best = null;
        int bestScore = 0;
        for (Passage passage : CHUNKER.chunk(paper)) {
            Set<String> shared = words(passage.text());
            shared.retainAll(asked);
            if (shared.size() > bestScore) {
                best = passage;
                bestScore = shared.size();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first sentence of a text. */
    static String firstSentence(String text) {
        List<String> sentences = SENTENCES.split(text);
        return sentences.isEmpty() ? "" : sentences.get(0);
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
        words.removeIf(word -> word.length() <= 3 || IGNORED.contains(word));
        return words;
    }
}
