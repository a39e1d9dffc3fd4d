package io.papyri.core.index;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a section does in a paper, read from its heading. Summarizers and answerers weigh
 * sentences by it: the abstract, introduction and conclusion state a paper's contribution,
 * related work describes other papers, setup and data sections hold the facts readers ask about,
 * and back matter (references, acknowledgments, appendices) is rarely what anyone wants.
 *
 * <p>A nested heading ({@code "Method ::: Data Collection"}) is read by its top part first, and
 * by its innermost part when the top part says nothing.
 */
public enum SectionKind {
    /** The paper's own abstract. */
    ABSTRACT,
    /** Introduction, overview, motivation. */
    INTRODUCTION,
    /** Conclusion, summary, discussion, future work. */
    CONCLUSION,
    /** Related work, background, previous work. */
    RELATED_WORK,
    /** Experiments, results, evaluation, analysis. */
    RESULTS,
    /** Experimental setup, baselines, implementation, training details. */
    SETUP,
    /** Data, corpora, annotation, collection. */
    DATA,
    /** References, acknowledgments, appendices, supplements, declarations. */
    BACK_MATTER,
    /** Any other section: method, model, theory. */
    BODY;

    private static final Pattern NUMBERING = Pattern.compile("^[\\s\\p{Punct}]*(?:[0-9ivxlcIVXLC]+|[A-Z])?[.)\\s:]+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern SETUP_WORDS = Pattern.compile("setup|set up|baseline|implementation|training");
    private static final Pattern DATA_WORDS = Pattern.compile("data|corpus|corpora|annotat|collection");

    /**
     * Reads a heading.
     *
     * @param heading the section heading, numbered or not, possibly nested with {@code :::}
     * @return what the section does
     */
    public static SectionKind of(String heading) {
        String[] parts = heading.split(":::");
        SectionKind top = ofPart(parts[0]);
        return top == BODY && parts.length > 1 ? ofPart(parts[parts.length - 1]) : top;
    }

    private static SectionKind ofPart(String heading) {
        String words = NON_LETTERS.matcher(NUMBERING.matcher(heading.strip()).replaceFirst("")
                .toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (words.isEmpty()) {
            return BODY;
        }
        if (words.equals("abstract") || words.equals("summary of the paper")) {
            return ABSTRACT;
        }
        if (words.startsWith("reference") || words.startsWith("bibliograph") || words.contains("acknowledg")
                || words.startsWith("appendi") || words.startsWith("supplement") || words.startsWith("funding")
                || words.contains("author contribution") || words.contains("conflict of interest")
                || words.contains("competing interest") || words.startsWith("declaration")
                || words.startsWith("data availability") || words.startsWith("ethics")) {
            return BACK_MATTER;
        }
        if (words.contains("introduction") || words.equals("overview") || words.equals("motivation")
                || words.startsWith("introduction")) {
            return INTRODUCTION;
        }
        if (words.contains("conclu") || words.startsWith("summary") || words.contains("discussion")
                || words.contains("future work") || words.contains("closing remark") || words.contains("final remark")
                || words.equals("outlook")) {
            return CONCLUSION;
        }
        if (words.contains("related work") || words.contains("previous work") || words.contains("prior work")
                || words.startsWith("background") || words.contains("literature") || words.contains("related research")) {
            return RELATED_WORK;
        }
        if (words.contains("experiment") || words.contains("result") || words.contains("evaluation")
                || words.contains("analysis")) {
            return RESULTS;
        }
        if (SETUP_WORDS.matcher(words).find()) {
            return SETUP;
        }
        return DATA_WORDS.matcher(words).find() ? DATA : BODY;
    }
}
