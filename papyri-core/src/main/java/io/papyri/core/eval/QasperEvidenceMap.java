package io.papyri.core.eval;

import io.papyri.api.Answer;
import io.papyri.api.AnswerKind;
import io.papyri.api.Evidence;
import io.papyri.api.Passage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Maps the passages an answer cites back to the exact paragraph strings of its QASPER record, since
 * Evidence-F1 compares exact strings while answerers may normalize whitespace or cut long paragraphs
 * into several passages.
 *
 * <p>A passage maps to the first paragraph that, in this order of preference, equals it, equals it
 * after collapsing whitespace, or contains it after collapsing whitespace; at each step paragraphs of
 * the passage's own section are tried before the others. The abstract counts as a paragraph of
 * section "Abstract". A passage that matches nothing keeps its own text.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class QasperEvidenceMap {

    /** The answer string the QASPER evaluator expects for an unanswerable question. */
    public static final String UNANSWERABLE = "Unanswerable";

    private static final String ABSTRACT_SECTION = "Abstract";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Candidate> candidates;

    /**
     * Creates the map of one paper.
     *
     * @param paper the QASPER record the answered paper was built from
     */
    public QasperEvidenceMap(QasperPaper paper) {
        Objects.requireNonNull(paper, "paper");
        List<Candidate> all = new ArrayList<>();
        for (QasperPaper.QasperSection section : paper.sections()) {
            for (String paragraph : section.paragraphs()) {
                all.add(new Candidate(section.heading(), paragraph, normalize(paragraph)));
            }
        }
        if (!paper.abstractText().isBlank()) {
            all.add(new Candidate(ABSTRACT_SECTION, paper.abstractText(), normalize(paper.abstractText())));
        }
        this.candidates = List.copyOf(all);
    }

    /**
     * The prediction to score: {@code "Unanswerable"} with no evidence when the answer's kind is
     * {@link AnswerKind#UNANSWERABLE}, else the answer text with its evidence mapped to paragraphs.
     *
     * @param answer the answerer's answer
     * @return the prediction
     */
    public QasperPrediction prediction(Answer answer) {
        Objects.requireNonNull(answer, "answer");
        if (answer.kind() == AnswerKind.UNANSWERABLE) {
            return new QasperPrediction(UNANSWERABLE, List.of());
        }
        return new QasperPrediction(answer.text(), paragraphsFor(answer.evidence()));
    }

    /**
     * The paragraph strings the evidence cites, without duplicates, in the evidence's order.
     *
     * @param evidence the cited passages
     * @return the exact dataset paragraphs (or passage texts that match none)
     */
    public List<String> paragraphsFor(List<Evidence> evidence) {
        Set<String> paragraphs = new LinkedHashSet<>();
        for (Evidence cited : evidence) {
            if (!cited.passage().text().isBlank()) {
                paragraphs.add(paragraphFor(cited.passage()).orElse(cited.passage().text()));
            }
        }
        return List.copyOf(paragraphs);
    }

    /**
     * The paragraph a passage comes from.
     *
     * @param passage a passage of the answered paper
     * @return the exact dataset paragraph, or empty when none matches
     */
    public Optional<String> paragraphFor(Passage passage) {
        String text = passage.text();
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return find(passage.section(), candidate -> candidate.text().equals(text))
                .or(() -> find(passage.section(), candidate -> candidate.normalized().equals(normalized)))
                .or(() -> find(passage.section(), candidate -> candidate.normalized().contains(normalized)));
    }

    private Optional<String> find(String section, Predicate<Candidate> matches) {
        for (boolean sameSection : new boolean[] {true, false}) {
            for (Candidate candidate : candidates) {
                if (candidate.section().equals(section) == sameSection && matches.test(candidate)) {
                    return Optional.of(candidate.text());
                }
            }
        }
        return Optional.empty();
    }

    private static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** One paragraph that evidence may map to. */
    private record Candidate(String section, String text, String normalized) {
    }
}
