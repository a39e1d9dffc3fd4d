package io.papyri.core.clean.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives headings their levels. Numbered headings take the depth of their numbering; a single
 * letter is an appendix (level 1) unless the document numbers its sections with roman numerals,
 * where letters are sub-sections. Unnumbered headings take the level of the numbered headings set
 * at the same size; in a document without numbering, headings larger than the body are top-level
 * and those at body size one level down. Acknowledgements, references and appendices are always
 * top-level, however they are set.
 */
final class HeadingLevels {

    private static final Set<String> END_MATTER = Set.of(
            "references", "reference", "bibliography", "literature cited", "works cited", "references and notes",
            "acknowledgments", "acknowledgements", "acknowledgment", "acknowledgement",
            "acknowledgments and disclosure of funding", "appendix", "appendices");

    /** "Appendix B", "Appendix 2": a label that carries an identifier. */
    private static final Pattern LABEL_WITH_ID = Pattern.compile(".*\\s(?:[A-Z]|[0-9]{1,2})$");

    private HeadingLevels() {
    }

    static void assign(List<Line> headings, Typography type) {
        boolean roman = usesRomanSections(headings);
        double[] sizeSum = new double[4];
        int[] sizeCount = new int[4];
        boolean anyLargerUnnumbered = false;
        for (Line h : headings) {
            if (h.number != null && isBareLabel(h.number)) {
                h.level = 1;
                continue;
            }
            if (h.number == null) {
                anyLargerUnnumbered |= h.headingSize >= type.bodySize + 1;
                continue;
            }
            h.level = numberedLevel(h.number, roman);
            int slot = Math.min(h.level, 3);
            sizeSum[slot] += h.headingSize;
            sizeCount[slot]++;
        }
        boolean anyNumbered = sizeCount[1] + sizeCount[2] + sizeCount[3] > 0;
        for (Line h : headings) {
            if (h.number != null) {
                continue;
            }
            if (END_MATTER.contains(HeadingShape.name(h.heading))) {
                h.level = 1;
            } else if (anyNumbered) {
                h.level = levelBySize(h, sizeSum, sizeCount);
            } else {
                h.level = !anyLargerUnnumbered || h.headingSize >= type.bodySize + 1 ? 1 : 2;
            }
        }
    }

    /** "APPENDIX" or "Supplementary Information" without a letter or number: top-level, but no numbering. */
    private static boolean isBareLabel(HeadingNumber number) {
        return number.scheme() == HeadingNumber.Scheme.APPENDIX && !LABEL_WITH_ID.matcher(number.label()).matches();
    }

    /** @return whether the heading names acknowledgements, references or appendices */
    static boolean isEndMatter(String heading) {
        return END_MATTER.contains(HeadingShape.name(heading));
    }

    private static int levelBySize(Line h, double[] sizeSum, int[] sizeCount) {
        for (int level = 1; level <= 3; level++) {
            if (sizeCount[level] > 0 && h.headingSize >= sizeSum[level] / sizeCount[level] - 0.6) {
                return level;
            }
        }
        return 3;
    }

    private static int numberedLevel(HeadingNumber number, boolean roman) {
        return switch (number.scheme()) {
            case ARABIC -> number.depth();
            case ROMAN, CHAPTER, APPENDIX -> 1;
            case ROMAN_OR_LETTER -> roman ? 1 : number.depth();
            case LETTER -> roman ? number.depth() + 1 : number.depth();
        };
    }

    /** Sections numbered I, II, III: roman numerals outnumber arabic top-level numbers. */
    private static boolean usesRomanSections(List<Line> headings) {
        int roman = 0;
        int arabic = 0;
        for (Line h : headings) {
            if (h.number == null) {
                continue;
            }
            switch (h.number.scheme()) {
                case ROMAN -> roman++;
                case ROMAN_OR_LETTER -> roman += h.number.leadingValue() == 1 ? 1 : 0;
                case ARABIC -> arabic += h.number.depth() == 1 ? 1 : 0;
                default -> {
                }
            }
        }
        return roman >= 2 && roman > arabic;
    }
}
