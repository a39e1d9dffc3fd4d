package io.papyri.core.clean.internal;

import io.papyri.api.Caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figure and table captions: a line starting with a label such as "Figure 3:", "Fig. 2.",
 * "TABLE IV" or "Table 1 |", and the closely set lines of the same size that continue it.
 * A sentence that merely starts with "Figure 3 shows" is not a caption.
 */
final class CaptionDetector {

    private static final Pattern LABEL = Pattern.compile(
            "^((?:Supplementary\\s+|Extended\\s+Data\\s+)?(Figure|FIGURE|Fig\\.|FIG\\.|Fig|Table|TABLE|Tab\\.)\\s*"
                    + "(?:S?[0-9]{1,3}[a-z]?|[IVXL]{1,6}))(?![0-9])(.*)$");

    private CaptionDetector() {
    }

    /** @return whether the text starts with a caption label followed by caption punctuation or nothing */
    static boolean startsCaption(String text) {
        Matcher m = LABEL.matcher(text);
        return m.matches() && isCaptionContinuation(m.group(3), true);
    }

    /** @return whether the text starts a table caption */
    static boolean isTableCaption(String text) {
        Matcher m = LABEL.matcher(text);
        return m.matches() && m.group(2).toLowerCase(Locale.ROOT).startsWith("t");
    }

    /**
     * Marks caption lines among body lines and returns the captions.
     *
     * @param lines the document's lines
     * @param type  its typography
     * @return the captions in reading order
     */
    static List<Caption> detect(List<Line> lines, Typography type) {
        List<Caption> captions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.role != Role.BODY) {
                continue;
            }
            Matcher m = LABEL.matcher(line.text);
            if (!m.matches() || !isCaptionContinuation(m.group(3), !type.isBodySize(line) || line.bold())) {
                continue;
            }
            LineJoiner joiner = new LineJoiner();
            joiner.add(line);
            line.role = Role.CAPTION;
            int k = i + 1;
            double pitch = Double.NaN;
            while (k < lines.size() && continues(lines.get(k), lines.get(k - 1), line, pitch, type)) {
                if (Double.isNaN(pitch)) {
                    pitch = lines.get(k).below(lines.get(k - 1));
                }
                lines.get(k).role = Role.CAPTION;
                joiner.add(lines.get(k));
                k++;
            }
            String kind = m.group(2).toLowerCase(Locale.ROOT).startsWith("t") ? "table" : "figure";
            captions.add(new Caption(kind, m.group(1).strip(), joiner.toString(), line.page));
            i = k - 1;
        }
        return captions;
    }

    /** What follows the label: punctuation, nothing, or (for a line set apart from the body) a capital. */
    private static boolean isCaptionContinuation(String after, boolean setApart) {
        if (after.isEmpty()) {
            return true;
        }
        char first = after.charAt(0);
        if (first == '.' || first == ':' || first == '|' || first == '—' || first == '–' || first == '-') {
            return true;
        }
        if (!Character.isWhitespace(first)) {
            return false;
        }
        String rest = after.strip();
        if (rest.isEmpty()) {
            return true;
        }
        char next = rest.charAt(0);
        if (next == ':' || next == '.' || next == '|' || next == '—' || next == '–') {
            return true;
        }
        return setApart && (Character.isUpperCase(next) || next == '(');
    }

    /** A caption goes on at its own line spacing; the table or text after it is set off by more. */
    private static boolean continues(Line line, Line previous, Line first, double pitch, Typography type) {
        if (line.role != Role.BODY || line.page != first.page || !line.samePlace(previous)) {
            return false;
        }
        double gap = line.below(previous);
        double limit = Double.isNaN(pitch) ? type.pitchFor(previous) * 1.45 : pitch * 1.15;
        if (gap < 0 || gap > limit || Math.abs(line.size() - previous.size()) > 0.6) {
            return false;
        }
        if (startsCaption(line.text)) {
            return false;
        }
        return !(HeadingShape.looksLikeHeading(line, type) && HeadingNumber.parse(line.text) != null);
    }
}
