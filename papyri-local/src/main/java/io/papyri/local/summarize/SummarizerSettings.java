package io.papyri.local.summarize;

import io.papyri.core.ContentDigest;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.ProviderContext;

import java.util.Objects;

/**
 * What shapes the local summarizer's output: the length of an abstract, how many sentences each
 * section gets, and the weights of the sentence scores.
 *
 * <p>Settings read by {@link #from(ProviderContext)}:
 * <ul>
 *   <li>{@value #ABSTRACT_WORDS} (environment {@code PAPYRI_SUMMARIZE_ABSTRACT_WORDS}): the length an
 *       {@code ABSTRACT} summary aims at, in words, {@value #MIN_WORDS} to {@value #MAX_WORDS}; the summary
 *       stops at the first sentence that reaches it and never passes it by more than a quarter;</li>
 *   <li>{@value #SECTION_SENTENCES} ({@code PAPYRI_SUMMARIZE_SECTION_SENTENCES}): the most sentences a
 *       section gets in a {@code SECTIONS} summary, 1 to 10; long sections get the most, short ones one.</li>
 * </ul>
 *
 * @param abstractWords    the length an {@code ABSTRACT} summary aims at, in words
 * @param sectionSentences the most sentences per section in a {@code SECTIONS} summary
 * @param abstractWeights  the sentence-score weights of multi-sentence summaries
 * @param tldrWeights      the sentence-score weights of one-sentence summaries
 */
public record SummarizerSettings(int abstractWords, int sectionSentences, SalienceWeights abstractWeights,
                                 SalienceWeights tldrWeights) {

    /** Setting: the length an {@code ABSTRACT} summary aims at, in words. */
    public static final String ABSTRACT_WORDS = "papyri.summarize.abstract-words";
    /** Setting: the most sentences per section in a {@code SECTIONS} summary. */
    public static final String SECTION_SENTENCES = "papyri.summarize.section-sentences";
    /** The shortest abstract length one may ask for. */
    public static final int MIN_WORDS = 30;
    /** The longest abstract length one may ask for. */
    public static final int MAX_WORDS = 2000;
    /** The default abstract length, in words. */
    public static final int DEFAULT_ABSTRACT_WORDS = 170;
    /** The default number of sentences a long section gets. */
    public static final int DEFAULT_SECTION_SENTENCES = 3;

    /** The defaults. */
    public static final SummarizerSettings DEFAULT = new SummarizerSettings(DEFAULT_ABSTRACT_WORDS,
            DEFAULT_SECTION_SENTENCES, SalienceWeights.ABSTRACT, SalienceWeights.TLDR);

    /**
     * Checks the values.
     *
     * @param abstractWords    the length an {@code ABSTRACT} summary aims at, in words
     * @param sectionSentences the most sentences per section in a {@code SECTIONS} summary
     * @param abstractWeights  the sentence-score weights of multi-sentence summaries
     * @param tldrWeights      the sentence-score weights of one-sentence summaries
     */
    public SummarizerSettings {
        Objects.requireNonNull(abstractWeights, "abstractWeights");
        Objects.requireNonNull(tldrWeights, "tldrWeights");
        if (abstractWords < MIN_WORDS || abstractWords > MAX_WORDS) {
            throw new ProviderConfigurationException("Setting " + ABSTRACT_WORDS + "=" + abstractWords
                    + " is out of range: give a length from " + MIN_WORDS + " to " + MAX_WORDS + " words.");
        }
        if (sectionSentences < 1 || sectionSentences > 10) {
            throw new ProviderConfigurationException("Setting " + SECTION_SENTENCES + "=" + sectionSentences
                    + " is out of range: give from 1 to 10 sentences per section.");
        }
    }

    /**
     * The settings of a provider context, defaults where it sets nothing.
     *
     * @param context the provider context
     * @return the settings
     * @throws ProviderConfigurationException when a setting is not a number or out of range
     */
    public static SummarizerSettings from(ProviderContext context) {
        long words = context.longSetting(ABSTRACT_WORDS, DEFAULT_ABSTRACT_WORDS);
        long sentences = context.longSetting(SECTION_SENTENCES, DEFAULT_SECTION_SENTENCES);
        return new SummarizerSettings((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, words)),
                (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, sentences)),
                SalienceWeights.ABSTRACT, SalienceWeights.TLDR);
    }

    /**
     * A short hash of every value here, which changes whenever the output could.
     *
     * @return 12 hex digits
     */
    public String configHash() {
        return ContentDigest.of(toString()).substring(0, 12);
    }
}
