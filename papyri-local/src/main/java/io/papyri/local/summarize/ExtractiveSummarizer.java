package io.papyri.local.summarize;

import io.papyri.core.ContentDigest;
import io.papyri.api.InvalidDocumentException;
import io.papyri.api.Paper;
import io.papyri.api.Provenance;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.api.spi.Summarizer;
import io.papyri.local.index.IndexedSentence;
import io.papyri.local.index.PaperIndex;
import io.papyri.local.index.PassageIndexer;
import io.papyri.local.summarize.internal.PaperOutline;
import io.papyri.local.summarize.internal.SectionRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Summarizes a paper by choosing its most telling sentences, each kept word for word with the
 * passage (section and page) it came from.
 *
 * <p>Every sentence gets a score from signals of importance ({@link SalienceWeights}): how close its
 * embedding and its terms are to the paper as a whole, how close it is to the title, where it stands
 * (early, at the start of a section, in the introduction, conclusion or abstract), phrases that
 * announce a contribution ("we propose", "our results show"), and penalties for sentences that lean
 * on their surroundings, cite a lot, or are far from a readable length. Sentences that are not
 * prose (formulas, fragments, garbled text) and back matter (references, acknowledgments,
 * appendices) are left out. Sentences are then chosen best first, each discounted by its
 * similarity to those already chosen (maximal marginal relevance), until the length is reached.
 * <ul>
 *   <li>{@link SummaryStyle#TLDR}: the single best sentence, from the abstract when the paper has one;</li>
 *   <li>{@link SummaryStyle#ABSTRACT}: sentences in reading order up to about
 *       {@link SummarizerSettings#abstractWords()} words (a shorter paper gives all it has);</li>
 *   <li>{@link SummaryStyle#SECTIONS}: for every top-level section except back matter (and the
 *       abstract, unless it is all the paper has), one to {@link SummarizerSettings#sectionSentences()}
 *       sentences (one more per 250 words of the section),
 *       in section order and reading order within it.</li>
 * </ul>
 * A paper without any text is refused with an {@link InvalidDocumentException}. Deterministic: the
 * same paper, style and settings give the same summary and {@link Summary#outputId()}. Thread-safe.
 */
public final class ExtractiveSummarizer implements Summarizer {

    /** The provider name written to provenance. */
    public static final String PROVIDER = "local";
    /** The name and version of the algorithm, written to provenance with the embedding model. */
    public static final String ALGORITHM = "salience-mmr/1";

    /** A sentence this similar to one already chosen says the same thing again. */
    private static final double DUPLICATE = 0.95;
    /** Every this many words of prose earn a section one more sentence in a sections summary. */
    private static final int WORDS_PER_SECTION_SENTENCE = 250;

    private final PassageIndexer indexer;
    private final SummarizerSettings settings;

    /**
     * Creates a summarizer.
     *
     * @param indexer  gives the passage index of a paper; the summarizer does not close it
     * @param settings the length and weights
     */
    public ExtractiveSummarizer(PassageIndexer indexer, SummarizerSettings settings) {
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return the settings that shape the output */
    public SummarizerSettings settings() {
        return settings;
    }

    /**
     * Summarizes a paper.
     *
     * @param paper the paper
     * @param style the kind of summary
     * @return the summary, never empty
     * @throws InvalidDocumentException when the paper has no text at all (no abstract, no body paragraph)
     */
    @Override
    public Summary summarize(Paper paper, SummaryStyle style) {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(style, "style");
        return summarize(indexer.index(paper), style);
    }

    /**
     * Summarizes an indexed paper.
     *
     * @param index the paper's index
     * @param style the kind of summary
     * @return the summary
     */
    Summary summarize(PaperIndex index, SummaryStyle style) {
        Paper paper = index.paper();
        if (index.sentences().isEmpty()) {
            throw new InvalidDocumentException(InvalidDocumentException.Reason.NO_TEXT_LAYER, paper.id().toString(),
                    "Paper " + paper.id() + " has no text to summarize: it has no abstract and no body paragraph."
                            + " If it came from a scanned PDF, read it with an OCR extractor first.");
        }
        List<Integer> chosen = choose(features(index), style);
        List<Summary.Sentence> sentences = chosen.stream().map(i -> {
            IndexedSentence sentence = index.sentences().get(i);
            return new Summary.Sentence(sentence.text(), index.passages().get(sentence.passage()));
        }).toList();
        String model = ALGORITHM + " over " + index.embedder().id();
        String configHash = settings.configHash();
        return new Summary(outputId(index, style, model, configHash, chosen), paper.id(), style, sentences,
                new Provenance(PROVIDER, model, configHash));
    }

    /**
     * The signals of every sentence of an indexed paper.
     *
     * @param index the paper's index
     * @return the signals
     */
    static SentenceFeatures features(PaperIndex index) {
        Paper paper = index.paper();
        float[] title = paper.title().isBlank() ? null : index.embedQuery(paper.title());
        return SentenceFeatures.of(index, PaperOutline.of(paper, index.passages()), title);
    }

    /**
     * Chooses the sentences of a summary.
     *
     * @param features the paper's signals
     * @param style    the kind of summary
     * @return sentence indexes in the order they are shown
     */
    List<Integer> choose(SentenceFeatures features, SummaryStyle style) {
        return switch (style) {
            case TLDR -> tldr(features);
            case ABSTRACT -> inReadingOrder(abstractOf(features, settings.abstractWords()));
            case SECTIONS -> sections(features);
        };
    }

    private List<Integer> tldr(SentenceFeatures features) {
        double[] scores = features.scores(settings.tldrWeights());
        PaperIndex index = features.index();
        PaperOutline outline = features.outline();
        boolean abstractHasCandidate = index.sentences().stream()
                .anyMatch(s -> features.candidate(s.index()) && outline.roleOf(s.passage()) == SectionRole.ABSTRACT);
        int best = -1;
        for (IndexedSentence s : index.sentences()) {
            int i = s.index();
            boolean allowed = features.candidate(i)
                    && (!abstractHasCandidate || outline.roleOf(s.passage()) == SectionRole.ABSTRACT);
            if (allowed && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return List.of(best);
    }

    private List<Integer> abstractOf(SentenceFeatures features, int targetWords) {
        double[] scores = features.scores(settings.abstractWeights());
        boolean[] allowed = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            allowed[i] = features.candidate(i);
        }
        return pick(features, scores, allowed, new ArrayList<>(), targetWords, Integer.MAX_VALUE);
    }

    private List<Integer> sections(SentenceFeatures features) {
        double[] scores = features.scores(settings.abstractWeights());
        PaperIndex index = features.index();
        PaperOutline outline = features.outline();
        int parts = outline.parts().size();
        int[] words = new int[parts];
        for (IndexedSentence s : index.sentences()) {
            if (features.candidate(s.index())) {
                words[outline.partOf(s.passage())] += features.words(s.index());
            }
        }
        boolean bodyHasText = false;
        for (int part = 0; part < parts; part++) {
            bodyHasText |= words[part] > 0 && outline.parts().get(part).role() != SectionRole.ABSTRACT;
        }
        List<Integer> chosen = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            if (words[part] == 0 || bodyHasText && outline.parts().get(part).role() == SectionRole.ABSTRACT) {
                continue;
            }
            boolean[] allowed = new boolean[scores.length];
            for (IndexedSentence s : index.sentences()) {
                allowed[s.index()] = features.candidate(s.index()) && outline.partOf(s.passage()) == part;
            }
            int count = Math.min(settings.sectionSentences(), 1 + words[part] / WORDS_PER_SECTION_SENTENCE);
            List<Integer> fromPart = pick(features, scores, allowed, chosen, Integer.MAX_VALUE, count);
            chosen.addAll(inReadingOrder(fromPart));
        }
        if (chosen.isEmpty()) {
            return tldr(features);
        }
        return chosen;
    }

    /**
     * Picks sentences best first by maximal marginal relevance until the words or the count are
     * reached; a sentence that would overshoot the word target by more than a quarter is skipped.
     */
    private List<Integer> pick(SentenceFeatures features, double[] scores, boolean[] allowed, List<Integer> already,
                               int targetWords, int maxCount) {
        PaperIndex index = features.index();
        double redundancy = settings.abstractWeights().redundancy();
        int n = scores.length;
        double[] closest = new double[n];
        Arrays.fill(closest, 0);
        for (int j : already) {
            updateClosest(index, closest, allowed, j);
        }
        boolean[] taken = new boolean[n];
        List<Integer> picked = new ArrayList<>();
        int words = 0;
        long hardLimit = targetWords == Integer.MAX_VALUE ? Long.MAX_VALUE : targetWords + targetWords / 4L;
        while (words < targetWords && picked.size() < maxCount) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!allowed[i] || taken[i] || closest[i] >= DUPLICATE) {
                    continue;
                }
                if (words + features.words(i) > hardLimit && !picked.isEmpty()) {
                    continue;
                }
                double value = scores[i] - redundancy * Math.max(0, closest[i]);
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            picked.add(best);
            words += features.words(best);
            updateClosest(index, closest, allowed, best);
        }
        return picked;
    }

    private static void updateClosest(PaperIndex index, double[] closest, boolean[] allowed, int chosen) {
        float[] vector = index.vector(chosen);
        for (int i = 0; i < closest.length; i++) {
            if (allowed[i]) {
                closest[i] = Math.max(closest[i], PaperIndex.dot(index.vector(i), vector));
            }
        }
    }

    private static List<Integer> inReadingOrder(List<Integer> sentences) {
        return sentences.stream().sorted().toList();
    }

    private static String outputId(PaperIndex index, SummaryStyle style, String model, String configHash,
                                   List<Integer> chosen) {
        List<String> parts = new ArrayList<>(List.of(PROVIDER, model, configHash, style.name(),
                index.paper().id().toString(), index.fingerprint()));
        for (int i : chosen) {
            parts.add(i + "," + index.sentences().get(i).text());
        }
        return "summary-" + ContentDigest.of(parts).substring(0, 24);
    }
}
