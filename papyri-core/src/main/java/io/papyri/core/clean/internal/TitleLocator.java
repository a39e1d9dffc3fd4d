package io.papyri.core.clean.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the title: the largest text near the top of the first page with text, and the lines that
 * continue it at the same size.
 */
final class TitleLocator {

    private static final Pattern ARXIV_STAMP = Pattern.compile("^arXiv:\\s?[0-9a-z./-]+v?[0-9]*\\b.*");
    /** How many lines of the first page are searched: the title comes before the body. */
    private static final int SEARCH_LINES = 60;

    private TitleLocator() {
    }

    /**
     * @param lines the document's lines in reading order
     * @param limit the index before which the title must stand (the abstract label, if known)
     * @return the first and last index of the title lines, or null when the first page has no text
     */
    static int[] locate(List<Line> lines, int limit) {
        if (lines.isEmpty()) {
            return null;
        }
        int page = lines.get(0).page;
        int end = Math.min(Math.min(limit, lines.size()), SEARCH_LINES);
        int best = -1;
        for (int i = 0; i < end && lines.get(i).page == page; i++) {
            Line line = lines.get(i);
            if (!isCandidate(line)) {
                continue;
            }
            if (best < 0 || line.size() > lines.get(best).size() + 0.3) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        Line first = lines.get(best);
        int last = best;
        for (int i = best + 1; i < lines.size(); i++) {
            Line next = lines.get(i);
            Line previous = lines.get(last);
            if (next.page != first.page || Math.abs(next.size() - first.size()) > 0.6 || next.bold() != first.bold()
                    || next.below(previous) > first.size() * 2.2 || next.y() < previous.y()) {
                break;
            }
            last = i;
        }
        return new int[] {best, last};
    }

    private static boolean isCandidate(Line line) {
        String text = line.text;
        if (Words.letters(text) < 3 || ARXIV_STAMP.matcher(text).matches()) {
            return false;
        }
        // rotated margin text (an arXiv stamp) has a box taller than wide
        return !(line.source.box().height() > line.width() && line.source.box().height() > 3 * line.size());
    }
}
