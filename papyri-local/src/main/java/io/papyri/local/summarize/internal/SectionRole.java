package io.papyri.local.summarize.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a section does in a paper, read from its heading: the parts that state a paper's
 * contribution (abstract, introduction, conclusion) carry most of what an abstract says, related
 * work describes other papers, and back matter (references, acknowledgments, appendices) is never
 * summarized.
 */
public enum SectionRole {
    /** The paper's own abstract. */
    ABSTRACT,
    /** Introduction, overview, motivation. */
    INTRODUCTION,
    /** Conclusion, summary, discussion, future work. */
    CONCLUSION,
    /** Related work, background, previous work. */
    RELATED_WORK,
    /** Experiments, results, evaluation. */
    RESULTS,
    /** References, acknowledgments, appendices, supplements, declarations. */
    BACK_MATTER,
    /** Any other section: method, model, data, theory. */
    BODY;

    private static final Pattern NUMBERING = Pattern.compile("^[\\s\\p{Punct}]*(?:[0-9ivxlcIVXLC]+|[A-Z])?[.)\\s:]+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

    /**
     * The role a heading announces.
     *
     * @param heading a section heading as printed, with or without numbering; QASPER-style
     *                {@code "Parent ::: Child"} headings are read by their parent
     * @return the role, {@link #BODY} when the heading says nothing known
     */
    public static SectionRole of(String heading) {
        String top = heading.contains(":::") ? heading.substring(0, heading.indexOf(":::")) : heading;
        String words = NON_LETTERS.matcher(NUMBERING.matcher(top.strip()).replaceFirst("")
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
        return BODY;
    }

    /** @return whether sentences of such sections may be picked for a summary */
    public boolean summarized() {
        return this != BACK_MATTER;
    }
}
