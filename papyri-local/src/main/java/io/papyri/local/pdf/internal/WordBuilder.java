package io.papyri.local.pdf.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the glyphs of one line fragment into words.
 *
 * <p>Words break at space glyphs and at gaps wider than {@value #WORD_GAP} of the font size (PDF
 * producers such as pdfTeX draw no spaces, only gaps). On the way it
 * <ul>
 *   <li>drops glyphs drawn twice at almost the same place (fake bold) and counts the word as bold,</li>
 *   <li>drops raised footnote and affiliation markers ({@code Murray,¹ ²Department}, {@code model.∗})
 *       so they are not glued into words, but keeps raised text after digits and math
 *       ({@code 10³}, {@code x²}, {@code 2nd}),</li>
 *   <li>puts accents that TeX draws as separate glyphs onto their letters ({@code ˇ}+{@code s} gives
 *       {@code š}),</li>
 *   <li>reads {@code ↵} between letters as {@code ff}: a broken font mapping seen in PDFs re-saved by
 *       macOS Quartz ({@code di↵erent}).</li>
 * </ul>
 */
public final class WordBuilder {

    /** Gaps wider than this fraction of the font size separate words. */
    static final float WORD_GAP = 0.12f;

    /**
     * What came out of one fragment.
     *
     * @param words          the words left to right
     * @param baseline       the baseline of the fragment's main text
     * @param top            the top of the highest glyph
     * @param bottom         the bottom of the lowest glyph
     * @param droppedMarkers how many footnote or affiliation markers were left out
     */
    public record Result(List<Word> words, float baseline, float top, float bottom, int droppedMarkers) {
    }

    private WordBuilder() {
    }

    /**
     * Builds the words of one fragment.
     *
     * @param glyphs the fragment's glyphs, sorted left to right
     * @return the words, or {@code null} when the fragment holds no text
     */
    public static Result build(List<Glyph> glyphs) {
        int n = glyphs.size();
        float refSize = mainSize(glyphs);
        float refBaseline = mainBaseline(glyphs, refSize);
        boolean[] script = new boolean[n];
        boolean[] raised = new boolean[n];
        boolean[] dropped = new boolean[n];
        boolean[] overprinted = new boolean[n];
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            float shift = g.baseline() - refBaseline;
            // smaller and off the baseline, or as large but clearly raised (a footnote's own marker)
            script[i] = !g.isSpace() && (Math.abs(shift) > 0.18f * refSize && g.size() < 0.92f * refSize
                    || shift < -0.3f * refSize && g.size() <= refSize);
            raised[i] = script[i] && shift < 0;
        }
        markOverprints(glyphs, dropped, overprinted);
        int markers = markFootnoteMarkers(glyphs, raised, dropped);

        List<Word> words = new ArrayList<>();
        WordDraft draft = new WordDraft();
        float maxRight = Float.NEGATIVE_INFINITY;
        float lastSize = refSize;
        boolean pendingBreak = false;
        char pendingMark = 0;
        float top = Float.POSITIVE_INFINITY;
        float bottom = Float.NEGATIVE_INFINITY;
        int lastKept = -1;
        boolean afterDropped = false;
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            if (g.isSpace()) {
                pendingBreak = true;
                continue;
            }
            float gap = g.x() - maxRight;
            if (gap > WORD_GAP * Math.max(Math.min(g.size(), refSize), Math.min(lastSize, refSize))) {
                pendingBreak = true;
            }
            maxRight = Math.max(maxRight, g.right());
            lastSize = g.size();
            if (dropped[i]) {
                afterDropped = true;
                continue;
            }
            if (afterDropped && isClosingPunctuation(g.text())) {
                pendingBreak = false; // "neurological⁶⁻⁹ , and" reads "neurological, and"
            }
            afterDropped = false;
            char mark = GlyphText.combiningMark(g.text());
            if (mark != 0) {
                if (lastKept >= 0 && !draft.isEmpty() && overlaps(glyphs.get(lastKept), g)) {
                    draft.appendMark(mark);
                    continue;
                }
                if (i + 1 < n && overlaps(glyphs.get(i + 1), g) && Character.isLetter(glyphs.get(i + 1).text().charAt(0))) {
                    pendingMark = mark;
                    continue;
                }
            }
            if (pendingBreak && !draft.isEmpty()) {
                words.add(draft.finish());
            }
            pendingBreak = false;
            draft.add(g, script[i], overprinted[i]);
            if (pendingMark != 0) {
                draft.appendMark(pendingMark);
                pendingMark = 0;
            }
            top = Math.min(top, g.baseline() - g.face().ascent() * g.size());
            bottom = Math.max(bottom, g.baseline() + g.face().descent() * g.size());
            lastKept = i;
        }
        if (!draft.isEmpty()) {
            words.add(draft.finish());
        }
        words.removeIf(w -> w.text().isEmpty());
        if (words.isEmpty()) {
            return null;
        }
        return new Result(words, refBaseline, top, bottom, markers);
    }

    private static boolean isClosingPunctuation(String text) {
        return text.length() == 1 && ",.;:)".indexOf(text.charAt(0)) >= 0;
    }

    private static boolean overlaps(Glyph base, Glyph accent) {
        float w = Math.max(accent.width(), 0.1f);
        float overlap = Math.min(base.right(), accent.right()) - Math.max(base.x(), accent.x());
        return overlap >= 0.3f * w;
    }

    /**
     * The font size of the fragment's main text: the size covering the most area (count times size
     * squared), so that a long run of superscript digits does not outvote the few letters it follows.
     */
    private static float mainSize(List<Glyph> glyphs) {
        float[] sizes = new float[glyphs.size()];
        int m = 0;
        for (Glyph g : glyphs) {
            if (!g.isSpace()) {
                sizes[m++] = Math.round(g.size() * 4f) / 4f;
            }
        }
        if (m == 0) {
            return glyphs.isEmpty() ? 10f : glyphs.get(0).size();
        }
        Arrays.sort(sizes, 0, m);
        float best = sizes[m - 1];
        double bestArea = 0;
        for (int i = 0; i < m; ) {
            int j = i;
            while (j < m && sizes[j] == sizes[i]) {
                j++;
            }
            double area = (double) (j - i) * sizes[i] * sizes[i];
            if (area >= bestArea) {
                best = sizes[i];
                bestArea = area;
            }
            i = j;
        }
        return best;
    }

    /** The median baseline of the glyphs set in the main size. */
    private static float mainBaseline(List<Glyph> glyphs, float refSize) {
        float[] baselines = new float[glyphs.size()];
        int m = 0;
        for (Glyph g : glyphs) {
            if (!g.isSpace() && Math.abs(g.size() - refSize) <= 0.15f * refSize) {
                baselines[m++] = g.baseline();
            }
        }
        if (m == 0) {
            return glyphs.get(0).baseline();
        }
        Arrays.sort(baselines, 0, m);
        return baselines[m / 2];
    }

    /** Fake bold: the same glyph drawn again a fraction of a point away. */
    private static void markOverprints(List<Glyph> glyphs, boolean[] dropped, boolean[] overprinted) {
        int last = -1;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (g.isSpace()) {
                continue;
            }
            if (last >= 0) {
                Glyph p = glyphs.get(last);
                if (p.text().equals(g.text()) && Math.abs(g.x() - p.x()) < 0.25f * Math.max(p.width(), 1f)
                        && Math.abs(g.baseline() - p.baseline()) < 0.1f * g.size()) {
                    dropped[i] = true;
                    overprinted[last] = true;
                    continue;
                }
            }
            last = i;
        }
    }

    /**
     * Marks runs of raised marker glyphs that follow a word or lead one, and returns how many runs
     * were marked.
     */
    private static int markFootnoteMarkers(List<Glyph> glyphs, boolean[] raised, boolean[] dropped) {
        int runs = 0;
        int n = glyphs.size();
        for (int i = 0; i < n; ) {
            if (!raised[i] || dropped[i]) {
                i++;
                continue;
            }
            int j = i;
            boolean markers = true;
            int letters = 0;
            int substantive = 0;
            while (j < n && (raised[j] || dropped[j])) {
                String t = glyphs.get(j).text();
                markers &= isMarker(t);
                letters += Character.isLetter(t.charAt(0)) ? 1 : 0;
                substantive += ",-\u2013".indexOf(t.charAt(0)) < 0 ? 1 : 0;
                j++;
            }
            if (markers && substantive > 0 && letters <= 2 && j - i <= 12
                    && (followsTextWord(glyphs, i) || leadsTextWord(glyphs, j))) {
                for (int k = i; k < j; k++) {
                    dropped[k] = true;
                }
                runs++;
            }
            i = j;
        }
        return runs;
    }

    private static boolean followsTextWord(List<Glyph> glyphs, int start) {
        if (start == 0) {
            return false;
        }
        Glyph prev = glyphs.get(start - 1);
        if (prev.isSpace() || prev.face().math()) {
            return false;
        }
        char c = prev.text().charAt(prev.text().length() - 1);
        return Character.isLetter(c) || ".,;:)]'\"\u2019\u201D".indexOf(c) >= 0;
    }

    private static boolean leadsTextWord(List<Glyph> glyphs, int end) {
        if (end >= glyphs.size()) {
            return false;
        }
        Glyph next = glyphs.get(end);
        return !next.isSpace() && !next.face().math() && Character.isLetter(next.text().charAt(0));
    }

    private static boolean isMarker(String text) {
        if (text.length() != 1) {
            return false;
        }
        char c = text.charAt(0);
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || "*,-\u2013\u2217\u2020\u2021\u00A7\u00B6\u22C6\u2605\u266F#\u2016\u2225\u22C4\u25C7\u2663\u2660\u2662\u2661\u2666\u2665".indexOf(c) >= 0;
    }

    /** A word being built: its text, extent and a tally of its styles. */
    private static final class WordDraft {
        private final StringBuilder text = new StringBuilder();
        private float x0 = Float.POSITIVE_INFINITY;
        private float x1 = Float.NEGATIVE_INFINITY;
        private boolean marks;
        private final List<Glyph> styleGlyphs = new ArrayList<>(16);
        private final List<Boolean> bolds = new ArrayList<>(16);
        private Glyph fallback;
        private boolean fallbackBold;

        boolean isEmpty() {
            return text.length() == 0;
        }

        void add(Glyph g, boolean script, boolean overprinted) {
            text.append(g.text());
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.right());
            if (!script) {
                styleGlyphs.add(g);
                bolds.add(overprinted || g.face().bold());
            } else if (fallback == null) {
                fallback = g;
                fallbackBold = overprinted || g.face().bold();
            }
        }

        void appendMark(char mark) {
            text.append(mark);
            marks = true;
        }

        Word finish() {
            String s = text.toString();
            if (marks) {
                s = Normalizer.normalize(s, Normalizer.Form.NFC);
            }
            if (s.indexOf('\u21B5') >= 0) {
                s = fixBrokenFf(s);
            }
            if (s.indexOf(' ') >= 0) {
                s = s.replace(" ", ""); // a glyph mapped to several characters with a space in them
            }
            Word word = styleGlyphs.isEmpty() ? styleOf(s, fallback, fallbackBold, 0) : tally(s);
            text.setLength(0);
            x0 = Float.POSITIVE_INFINITY;
            x1 = Float.NEGATIVE_INFINITY;
            marks = false;
            styleGlyphs.clear();
            bolds.clear();
            fallback = null;
            return word;
        }

        private Word styleOf(String s, Glyph g, boolean bold, int weight) {
            FontFace face = g.face();
            return new Word(s, x0, x1, face.name(), g.size(), bold, face.italic(), weight);
        }

        private Word tally(String s) {
            Glyph first = styleGlyphs.get(0);
            int n = styleGlyphs.size();
            boolean uniform = true;
            int bold = 0;
            int italic = 0;
            for (int i = 0; i < n; i++) {
                Glyph g = styleGlyphs.get(i);
                uniform &= g.face() == first.face() && g.size() == first.size();
                bold += bolds.get(i) ? 1 : 0;
                italic += g.face().italic() ? 1 : 0;
            }
            if (uniform) {
                return new Word(s, x0, x1, first.face().name(), first.size(), bold * 2 > n, first.face().italic(), n);
            }
            // mixed faces within a word (math, small caps): the most frequent face wins, the
            // largest size stands for the word (small caps are drawn from a smaller size)
            FontFace[] faces = new FontFace[4];
            int[] counts = new int[4];
            float size = 0;
            for (Glyph g : styleGlyphs) {
                size = Math.max(size, g.size());
                for (int k = 0; k < faces.length; k++) {
                    if (faces[k] == null) {
                        faces[k] = g.face();
                    }
                    if (faces[k] == g.face()) {
                        counts[k]++;
                        break;
                    }
                }
            }
            int best = 0;
            for (int k = 1; k < faces.length; k++) {
                if (counts[k] > counts[best]) {
                    best = k;
                }
            }
            return new Word(s, x0, x1, faces[best].name(), size, bold * 2 > n, italic * 2 > n, n);
        }

        private static String fixBrokenFf(String s) {
            StringBuilder out = new StringBuilder(s.length() + 4);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean letterBefore = i > 0 && Character.isLetter(s.charAt(i - 1));
                boolean letterAfter = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
                if (c == '\u21B5' && (letterBefore || letterAfter)) {
                    out.append("ff");
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
