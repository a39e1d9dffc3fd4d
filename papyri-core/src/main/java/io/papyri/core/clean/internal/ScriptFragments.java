package io.papyri.core.clean.internal;

import io.papyri.api.TextLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts stray superscripts and subscripts back into their line. A reference number set as a
 * superscript in front of an entry ("12" before "R. Burioni, ..."), or the numerator of an inline
 * fraction, can come out of extraction as a line of its own just above or below the line it
 * belongs to; left alone it would split paragraphs and abstracts.
 */
final class ScriptFragments {

    /** A fragment has at most this many visible characters. */
    private static final int MAX_FRAGMENT_CHARS = 4;

    private ScriptFragments() {
    }

    /**
     * @param lines one page's lines in reading order
     * @return the lines with fragments merged into their neighbours
     */
    static List<TextLine> merge(List<TextLine> lines) {
        TextLine[] out = lines.toArray(new TextLine[0]);
        boolean merged = false;
        for (int i = 0; i < out.length; i++) {
            TextLine fragment = out[i];
            if (!isFragment(fragment)) {
                continue;
            }
            int previous = i - 1;
            while (previous >= 0 && out[previous] == null) {
                previous--;
            }
            TextLine before = previous >= 0 ? out[previous] : null;
            TextLine after = i + 1 < out.length ? out[i + 1] : null;
            double overPrevious = hostOverlap(fragment, before);
            double overNext = hostOverlap(fragment, after);
            if (overPrevious <= 0 && overNext <= 0) {
                continue;
            }
            if (overNext >= overPrevious) {
                out[i + 1] = join(after, fragment);
            } else {
                out[previous] = join(before, fragment);
            }
            out[i] = null;
            merged = true;
        }
        if (!merged) {
            return lines;
        }
        List<TextLine> kept = new ArrayList<>(out.length);
        for (TextLine line : out) {
            if (line != null) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static boolean isFragment(TextLine line) {
        int visible = 0;
        String text = line.text();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                visible++;
            }
        }
        return visible > 0 && visible <= MAX_FRAGMENT_CHARS;
    }

    /** How much the fragment overlaps a larger host line vertically, 0 when it cannot belong to it. */
    private static double hostOverlap(TextLine fragment, TextLine host) {
        if (host == null || host.column() != fragment.column() || host.fontSize() < fragment.fontSize() + 1
                || isFragment(host)) {
            return 0;
        }
        double left = host.box().x() - 2 * host.fontSize();
        double right = host.box().right() + host.fontSize();
        if (fragment.box().right() < left || fragment.box().x() > right) {
            return 0;
        }
        double top = Math.max(fragment.box().y(), host.box().y());
        double bottom = Math.min(fragment.box().bottom(), host.box().bottom());
        return bottom - top;
    }

    private static TextLine join(TextLine host, TextLine fragment) {
        boolean before = fragment.box().x() + fragment.box().width() / 2 < host.box().x() + host.box().width() / 2;
        String text = before ? fragment.text() + " " + host.text() : host.text() + " " + fragment.text();
        return new TextLine(text, host.box().union(fragment.box()), host.font(), host.fontSize(), host.bold(),
                host.italic(), host.column());
    }
}
