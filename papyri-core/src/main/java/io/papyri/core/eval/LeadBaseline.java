package io.papyri.core.eval;

import io.papyri.core.index.RuleSentenceSplitter;
import io.papyri.core.index.SentenceSplitter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The lead baseline for extractive summarization: the first sentences of the input, in order.
 *
 * <p>Sentences come from splitting each input paragraph separately (a paragraph end is always a sentence
 * end) with a {@link SentenceSplitter}, by default {@link RuleSentenceSplitter}. The summary keeps whole
 * sentences while the total stays within a word budget; only when the very first sentence is longer than
 * the budget is it cut to the budget, so that the summary is never empty. Words are whitespace-separated
 * tokens. Selected sentences are joined with newlines (one sentence per line, as ROUGE-Lsum expects).
 *
 * <p>Note: {@link RuleSentenceSplitter} ends a sentence only before an upper-case letter or a digit, so on
 * lower-cased text (the arXiv/PubMed release) it finds no boundaries inside a paragraph and the baseline
 * degrades to the first words of the input up to the budget.
 *
 * <p>Instances are immutable and thread-safe if the splitter is.
 */
public final class LeadBaseline {

    private final SentenceSplitter splitter;

    /** Creates a baseline that splits sentences with {@link RuleSentenceSplitter}. */
    public LeadBaseline() {
        this(new RuleSentenceSplitter());
    }

    /**
     * Creates a baseline with a given sentence splitter.
     *
     * @param splitter splits one paragraph into sentences
     */
    public LeadBaseline(SentenceSplitter splitter) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    /**
     * The input sentences of a paper in document order.
     *
     * @param example the paper
     * @return its non-blank sentences, stripped
     */
    public List<String> sentences(SummarizationExample example) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : example.sourceParagraphs()) {
            for (String sentence : splitter.split(paragraph)) {
                String stripped = sentence.strip();
                if (!stripped.isEmpty()) {
                    sentences.add(stripped);
                }
            }
        }
        return sentences;
    }

    /**
     * The lead summary whose word budget is the mean length of the paper's references (rounded, at least 1).
     *
     * @param example the paper
     * @return the summary, one sentence per line
     */
    public String summarizeToReferenceLength(SummarizationExample example) {
        int budget = (int) Math.max(1, Math.round(example.meanReferenceWords()));
        return summarizeWithinWords(example, budget);
    }

    /**
     * The lead summary within a word budget.
     *
     * @param example the paper
     * @param wordBudget the maximum number of words, at least 1
     * @return the leading whole sentences that fit, or the first sentence cut to the budget if even it does
     *         not fit; one sentence per line
     */
    public String summarizeWithinWords(SummarizationExample example, int wordBudget) {
        if (wordBudget < 1) {
            throw new IllegalArgumentException("wordBudget must be at least 1, got " + wordBudget);
        }
        List<String> selected = new ArrayList<>();
        int used = 0;
        for (String sentence : sentences(example)) {
            String[] words = sentence.split("\\s+");
            if (used + words.length <= wordBudget) {
                selected.add(sentence);
                used += words.length;
            } else {
                if (selected.isEmpty()) {
                    selected.add(String.join(" ", Arrays.copyOf(words, wordBudget)));
                }
                break;
            }
        }
        return String.join("\n", selected);
    }

    /**
     * The first {@code count} sentences of the input, regardless of length (lead-1 for {@code count == 1}).
     *
     * @param example the paper
     * @param count how many sentences to keep, at least 1
     * @return up to {@code count} sentences, one per line
     */
    public String firstSentences(SummarizationExample example, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        List<String> sentences = sentences(example);
        return String.join("\n", sentences.subList(0, Math.min(count, sentences.size())));
    }
}
