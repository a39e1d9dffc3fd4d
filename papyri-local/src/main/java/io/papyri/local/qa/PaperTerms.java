package io.papyri.local.qa;

import io.papyri.api.Passage;
import io.papyri.core.index.PassageChunker;
import io.papyri.local.index.IndexedSentence;
import io.papyri.local.index.PaperIndex;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

/**
 * The stems of one paper's sentences and headings and the roles of its sections, worked out once per
 * passage index and kept as long as the index is, so that each question costs only its own analysis.
 */
final class PaperTerms {

    /** Keyed by identity: an index lives in the indexer's cache, and these terms live as long as it does. */
    private static final Map<PaperIndex, PaperTerms> KNOWN = Collections.synchronizedMap(new WeakHashMap<>());
    /** Heading words that name nothing a question could be about. */
    private static final Set<String> VAGUE_HEADING_WORDS = Set.of("model", "method", "approach", "propos", "our");

    private final List<Set<String>> sentenceStems;
    private final List<Set<String>> headingStems;
    private final SectionRole[] roles;
    private final Map<String, Integer> passageFrequency;
    private final int passages;

    private PaperTerms(PaperIndex index) {
        List<Passage> all = index.passages();
        this.passages = all.size();
        this.sentenceStems = index.sentences().stream().map(s -> (Set<String>) new HashSet<>(Terms.of(s.text())))
                .toList();
        List<Set<String>> byPassage = all.stream().map(p -> (Set<String>) new HashSet<String>()).toList();
        for (IndexedSentence sentence : index.sentences()) {
            byPassage.get(sentence.passage()).addAll(sentenceStems.get(sentence.index()));
        }
        Map<String, Integer> frequency = new HashMap<>();
        byPassage.forEach(stems -> stems.forEach(stem -> frequency.merge(stem, 1, Integer::sum)));
        this.passageFrequency = Map.copyOf(frequency);
        this.roles = new SectionRole[passages];
        Map<String, Set<String>> headings = new HashMap<>();
        for (int p = 0; p < passages; p++) {
            Passage passage = all.get(p);
            roles[p] = SectionRole.of(passage.section(),
                    p == 0 && PassageChunker.ABSTRACT_SECTION.equals(passage.section()));
        }
        this.headingStems = all.stream().map(p -> headings.computeIfAbsent(p.section(), PaperTerms::headingStems))
                .toList();
    }

    /** The stems of the innermost heading ("Parent ::: Child" names Child), without vague words. */
    private static Set<String> headingStems(String heading) {
        int nested = heading.lastIndexOf(":::");
        String own = nested < 0 ? heading : heading.substring(nested + 3);
        return Terms.of(own).stream().filter(s -> s.length() > 2 && !VAGUE_HEADING_WORDS.contains(s))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The terms of a paper's index, made on first use.
     *
     * @param index the passage index
     * @return its terms
     */
    static PaperTerms of(PaperIndex index) {
        PaperTerms known = KNOWN.get(index);
        if (known == null) {
            known = new PaperTerms(index);
            KNOWN.put(index, known);
        }
        return known;
    }

    /**
     * The stems of a sentence.
     *
     * @param sentence the sentence's index
     * @return its distinct stems
     */
    Set<String> sentenceStems(int sentence) {
        return sentenceStems.get(sentence);
    }

    /**
     * The stems of the heading of a passage's section.
     *
     * @param passage the passage's index
     * @return its distinct stems
     */
    Set<String> headingStems(int passage) {
        return headingStems.get(passage);
    }

    /**
     * The role of a passage's section.
     *
     * @param passage the passage's index
     * @return its role
     */
    SectionRole role(int passage) {
        return roles[passage];
    }

    /**
     * How rare a stem is among the paper's passages: a stem in few passages says more.
     *
     * @param stem a stem
     * @return its inverse passage frequency, at least 0.1
     */
    double rarity(String stem) {
        int frequency = passageFrequency.getOrDefault(stem, 0);
        return Math.max(0.1, Math.log((passages + 1.0) / (frequency + 0.5)));
    }
}
