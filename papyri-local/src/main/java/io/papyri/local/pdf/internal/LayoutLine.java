package io.papyri.local.pdf.internal;

import io.papyri.api.BoundingBox;
import io.papyri.api.TextLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line (or a piece of one) while a page is being laid out: its words left to right, where it
 * stands, and the column it is read in. Mutable: rows are merged and hyphenated words move between
 * lines before the line is frozen into a {@link TextLine}.
 */
public final class LayoutLine {

    private final List<Word> words;
    private float baseline;
    private float top;
    private float bottom;
    private int column;
    private Style style;
    private int characters = -1;
    /** The left edge before a first word moved to the line above, NaN while the line is whole. */
    private float left = Float.NaN;

    /**
     * @param words    the words, left to right, at least one
     * @param baseline the y of the baseline of the line's main text
     * @param top      the top of the highest glyph
     * @param bottom   the bottom of the lowest glyph
     */
    public LayoutLine(List<Word> words, float baseline, float top, float bottom) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line needs at least one word");
        }
        this.words = new ArrayList<>(words);
        this.baseline = baseline;
        this.top = top;
        this.bottom = bottom;
    }

    /** @return the words, left to right; do not change */
    public List<Word> words() {
        return words;
    }

    /** @return the y of the baseline */
    public float baseline() {
        return baseline;
    }

    /** @return the top edge */
    public float top() {
        return top;
    }

    /** @return the bottom edge */
    public float bottom() {
        return bottom;
    }

    /**
     * @return the left edge: where the line stands on the page, which stays where it was when the
     *         first word moved to complete a word hyphenated on the line above
     */
    public float x0() {
        return Float.isNaN(left) ? words.get(0).x0() : left;
    }

    /** @return the right edge */
    public float x1() {
        float right = words.get(words.size() - 1).x1();
        for (Word w : words) {
            right = Math.max(right, w.x1());
        }
        return right;
    }

    /** @return the column index, 0 for the left or only column and for full-width lines */
    public int column() {
        return column;
    }

    /** @param column the column index */
    public void column(int column) {
        this.column = column;
    }

    /** @return the words joined by single spaces */
    public String text() {
        if (words.size() == 1) {
            return words.get(0).text();
        }
        StringBuilder out = new StringBuilder();
        for (Word w : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w.text());
        }
        return out.toString();
    }

    /** @return how many characters the line's words hold */
    public int characters() {
        if (characters < 0) {
            int n = 0;
            for (Word w : words) {
                n += w.text().length();
            }
            characters = n;
        }
        return characters;
    }

    /** @return the line's main font size */
    public float size() {
        return style().size;
    }

    /** @return the line's main font name */
    public String font() {
        return style().font;
    }

    /** @return whether most of the line is bold */
    public boolean bold() {
        return style().bold;
    }

    /** @return whether most of the line is italic */
    public boolean italic() {
        return style().italic;
    }

    /**
     * Appends another line's words after this line's, as when two pieces of one row are joined.
     *
     * @param other a line on the same row, to the right of this one
     */
    public void append(LayoutLine other) {
        if (other.style().weight > style().weight) {
            baseline = other.baseline; // the row's baseline is that of its main text
        }
        float end = x1();
        words.addAll(other.words);
        if (other.x0() < end) {
            words.sort((a, b) -> Float.compare(a.x0(), b.x0()));
        }
        top = Math.min(top, other.top);
        bottom = Math.max(bottom, other.bottom);
        style = null;
        characters = -1;
    }

    /**
     * Removes and returns the first word, as when it completes a word hyphenated on the line before.
     * The line keeps its left edge.
     *
     * @return the first word
     */
    public Word removeFirstWord() {
        if (Float.isNaN(left)) {
            left = words.get(0).x0();
        }
        style = null;
        characters = -1;
        return words.remove(0);
    }

    /**
     * Replaces the last word.
     *
     * @param word the new last word
     */
    public void replaceLastWord(Word word) {
        words.set(words.size() - 1, word);
        style = null;
        characters = -1;
    }

    /** @return whether no word is left */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** @return this line as the API's value */
    public TextLine toTextLine() {
        float left = x0();
        BoundingBox box = new BoundingBox(left, top, Math.max(0f, x1() - left), Math.max(0f, bottom - top));
        Style s = style();
        return new TextLine(text(), box, s.font, Math.round(s.size * 100f) / 100.0, s.bold, s.italic, column);
    }

    @Override
    public String toString() {
        return "LayoutLine[" + text() + " @" + x0() + "," + baseline + " col " + column + "]";
    }

    private Style style() {
        if (style == null) {
            style = Style.of(words);
        }
        return style;
    }

    /** The style most of a line's characters are set in. */
    private record Style(String font, float size, boolean bold, boolean italic, int weight) {

        static Style of(List<Word> words) {
            Map<String, Integer> fonts = new HashMap<>(4);
            Map<Float, Integer> sizes = new HashMap<>(4);
            int bold = 0;
            int italic = 0;
            int total = 0;
            for (Word w : words) {
                int weight = w.weight();
                if (weight == 0) {
                    continue;
                }
                fonts.merge(w.font(), weight, Integer::sum);
                sizes.merge(Math.round(w.size() * 10f) / 10f, weight, Integer::sum);
                bold += w.bold() ? weight : 0;
                italic += w.italic() ? weight : 0;
                total += weight;
            }
            if (total == 0) {
                Word first = words.get(0);
                return new Style(first.font(), first.size(), first.bold(), first.italic(), 0);
            }
            return new Style(mode(fonts), mode(sizes), bold * 2 > total, italic * 2 > total, total);
        }

        private static <K> K mode(Map<K, Integer> counts) {
            K best = null;
            int bestCount = -1;
            for (Map.Entry<K, Integer> e : counts.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best;
        }
    }
}
