package io.papyri.core.index;

import io.papyri.api.Paper;
import io.papyri.api.Paragraph;
import io.papyri.api.Passage;
import io.papyri.api.Section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Cuts a {@link Paper} into the {@link Passage}s that get indexed and cited: one passage per
 * paragraph, in reading order, carrying its section heading and page.
 *
 * <p>A paragraph longer than the word budget is split at sentence boundaries found by a
 * {@link SentenceSplitter}, packing whole sentences into each passage; a sentence is cut in the
 * middle only when it alone exceeds the budget. The default budget of {@value #DEFAULT_MAX_WORDS}
 * words keeps a passage under the 256 word-piece limit of MiniLM-style embedding models. Blank
 * paragraphs are skipped. The abstract, when present and included, comes first as section
 * {@value #ABSTRACT_SECTION} on page 1. Whitespace inside a passage is collapsed to single spaces.
 *
 * <p>Instances are immutable and safe to share between threads when their splitter is.
 */
public final class PassageChunker {

    /** The default word budget of one passage. */
    public static final int DEFAULT_MAX_WORDS = 200;

    /** The section name given to passages of the abstract. */
    public static final String ABSTRACT_SECTION = "Abstract";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final SentenceSplitter splitter;
    private final int maxWords;
    private final boolean includeAbstract;

    /**
     * Creates a chunker with the rule-based splitter, the default budget, and the abstract included.
     */
    public PassageChunker() {
        this(new RuleSentenceSplitter());
    }

    /**
     * Creates a chunker with the default budget and the abstract included.
     *
     * @param splitter finds sentence boundaries in long paragraphs
     */
    public PassageChunker(SentenceSplitter splitter) {
        this(splitter, DEFAULT_MAX_WORDS, true);
    }

    /**
     * Creates a chunker.
     *
     * @param splitter        finds sentence boundaries in long paragraphs
     * @param maxWords        the most words in one passage, at least 1
     * @param includeAbstract whether the abstract becomes passages of its own
     */
    public PassageChunker(SentenceSplitter splitter, int maxWords, boolean includeAbstract) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        if (maxWords < 1) {
            throw new IllegalArgumentException("the passage word budget must be at least 1, was " + maxWords);
        }
        this.maxWords = maxWords;
        this.includeAbstract = includeAbstract;
    }

    /**
     * Returns a chunker like this one with another word budget.
     *
     * @param words the most words in one passage, at least 1
     * @return the new chunker
     */
    public PassageChunker withMaxWords(int words) {
        return new PassageChunker(splitter, words, includeAbstract);
    }

    /**
     * Returns a chunker like this one that includes or leaves out the abstract.
     *
     * @param include whether the abstract becomes passages of its own
     * @return the new chunker
     */
    public PassageChunker withAbstract(boolean include) {
        return new PassageChunker(splitter, maxWords, include);
    }

    /**
     * The most words in one passage.
     *
     * @return the word budget
     */
    public int maxWords() {
        return maxWords;
    }

    /**
     * Cuts a paper into passages.
     *
     * @param paper the paper
     * @return its passages in reading order, indexed from 0
     */
    public List<Passage> chunk(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        List<Passage> passages = new ArrayList<>();
        if (includeAbstract) {
            addParagraph(passages, paper, ABSTRACT_SECTION, 1, paper.abstractText());
        }
        for (Section section : paper.sections()) {
            for (Paragraph paragraph : section.paragraphs()) {
                addParagraph(passages, paper, section.heading(), paragraph.page(), paragraph.text());
            }
        }
        return List.copyOf(passages);
    }

    /**
     * Makes one passage per non-blank paragraph, its text exactly as in the paper and never cut,
     * so that a cited passage can be matched to its paragraph character for character. The
     * abstract comes first when this chunker includes it; the word budget does not apply.
     *
     * @param paper the paper
     * @return its paragraphs as passages, in reading order, indexed from 0
     */
    public List<Passage> paragraphs(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        List<Passage> passages = new ArrayList<>();
        if (includeAbstract && !paper.abstractText().isBlank()) {
            passages.add(new Passage(paper.id(), 0, ABSTRACT_SECTION, 1, paper.abstractText()));
        }
        for (Section section : paper.sections()) {
            for (Paragraph paragraph : section.paragraphs()) {
                if (!paragraph.text().isBlank()) {
                    passages.add(new Passage(paper.id(), passages.size(), section.heading(), paragraph.page(),
                            paragraph.text()));
                }
            }
        }
        return List.copyOf(passages);
    }

    private void addParagraph(List<Passage> passages, Paper paper, String section, int page, String text) {
        for (String piece : pieces(text)) {
            passages.add(new Passage(paper.id(), passages.size(), section, page, piece));
        }
    }

    /** The paragraph's text cut into pieces within the budget; empty for a blank paragraph. */
    List<String> pieces(String text) {
        String normalized = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (normalized.isEmpty()) {
            return List.of();
        }
        if (wordCount(normalized) <= maxWords) {
            return List.of(normalized);
        }
        List<String> pieces = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int currentWords = 0;
        for (String sentence : splitter.split(normalized)) {
            int words = wordCount(sentence);
            if (currentWords > 0 && currentWords + words > maxWords) {
                pieces.add(String.join(" ", current));
                current.clear();
                currentWords = 0;
            }
            if (words > maxWords) {
                cutSentence(sentence, pieces);
            } else {
                current.add(sentence);
                currentWords += words;
            }
        }
        if (!current.isEmpty()) {
            pieces.add(String.join(" ", current));
        }
        return pieces;
    }

    /** Cuts a sentence longer than the budget into runs of at most {@code maxWords} words. */
    private void cutSentence(String sentence, List<String> pieces) {
        String[] words = WHITESPACE.split(sentence.strip());
        for (int from = 0; from < words.length; from += maxWords) {
            int to = Math.min(words.length, from + maxWords);
            pieces.add(String.join(" ", Arrays.asList(words).subList(from, to)));
        }
    }

    private static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : WHITESPACE.split(stripped).length;
    }
}
