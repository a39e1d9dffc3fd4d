package io.papyri.core.render;

import io.papyri.api.Caption;
import io.papyri.api.Paper;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a paper as CommonMark: the title as a {@code #} heading, the authors on one line, the
 * abstract under {@code ## Abstract}, each section under a heading of {@code level + 1} hashes
 * (capped at six), its paragraphs, then captions and references as bullet lists.
 *
 * <p>Text from the PDF is escaped, so characters such as {@code *}, {@code _}, {@code [x](y)} or
 * {@code <script>} are shown as written instead of becoming emphasis, links or HTML, and a
 * paragraph starting with {@code 1.} or {@code -} does not turn into a list. Only what CommonMark
 * would interpret is escaped: citations such as {@code [13]} and comparisons such as
 * {@code p < 0.05} stay as they are.
 */
public final class MarkdownRenderer implements PaperRenderer {

    private static final int DEEPEST_HEADING = 6;
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])(?= |$)");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern LINK_DEFINITION_START = Pattern.compile("^\\[[^\\]]*\\]:");
    private static final String ALWAYS_ESCAPED = "\\`*_~";
    private static final String ESCAPED_AT_START = "#+-=>|";

    @Override
    public String render(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        List<String> blocks = new ArrayList<>();
        String title = inline(paper.title());
        if (!title.isEmpty()) {
            blocks.add(heading(1, paper.title()));
        }
        String authors = inline(String.join(", ", paper.authors()));
        if (!authors.isEmpty()) {
            blocks.add(authors);
        }
        String abstractText = inline(paper.abstractText());
        if (!abstractText.isEmpty()) {
            blocks.add("## Abstract");
            blocks.add(abstractText);
        }
        for (Section section : paper.sections()) {
            if (!Lines.flatten(section.heading()).isEmpty()) {
                blocks.add(heading(section.level() + 1, section.heading()));
            }
            for (Paragraph paragraph : section.paragraphs()) {
                String text = inline(paragraph.text());
                if (!text.isEmpty()) {
                    blocks.add(text);
                }
            }
        }
        if (!paper.captions().isEmpty()) {
            blocks.add("## Figures and tables");
            blocks.add(bullets(paper.captions().stream().map(Caption::text).toList()));
        }
        if (!paper.references().isEmpty()) {
            blocks.add("## References");
            blocks.add(bullets(paper.references()));
        }
        return String.join("\n\n", blocks) + "\n";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=utf-8";
    }

    /**
     * Escapes text from a paper for use as one Markdown paragraph, list item or heading text.
     *
     * @param text any text, possibly spanning lines
     * @return the text on one line, shown literally by a CommonMark renderer
     */
    public static String inline(String text) {
        return escape(text, true);
    }

    /** Escapes span markup, and block markup at the start too unless the text follows a heading's hashes. */
    private static String escape(String text, boolean atBlockStart) {
        String flat = Lines.flatten(text);
        if (flat.isEmpty()) {
            return flat;
        }
        StringBuilder out = new StringBuilder(flat.length() + 8);
        int start = 0;
        if (atBlockStart) {
            start = escapeBlockStart(flat, out);
        }
        for (int i = start; i < flat.length(); i++) {
            char c = flat.charAt(i);
            char next = i + 1 < flat.length() ? flat.charAt(i + 1) : ' ';
            if (ALWAYS_ESCAPED.indexOf(c) >= 0
                    || c == ']' && (next == '(' || next == '[')
                    || c == '<' && (Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
                out.append('\\');
            }
            out.append(c);
        }
        return ENTITY.matcher(out).replaceAll("\\\\&");
    }

    /** Escapes what would start a list, quote, heading or link definition; returns where span escaping resumes. */
    private static int escapeBlockStart(String flat, StringBuilder out) {
        Matcher ordered = ORDERED_LIST_START.matcher(flat);
        if (ordered.find()) {
            out.append(ordered.group(1)).append('\\').append(ordered.group(2));
            return ordered.end();
        }
        if (ESCAPED_AT_START.indexOf(flat.charAt(0)) >= 0 || LINK_DEFINITION_START.matcher(flat).find()) {
            out.append('\\').append(flat.charAt(0));
            return 1;
        }
        return 0;
    }

    private static String heading(int level, String text) {
        String escaped = escape(text, false);
        int end = escaped.length();
        while (end > 0 && escaped.charAt(end - 1) == '#') {
            end--;
        }
        if (end < escaped.length() && (end == 0 || escaped.charAt(end - 1) != '\\')) {
            escaped = escaped.substring(0, end) + "\\#".repeat(escaped.length() - end);
        }
        return "#".repeat(Math.min(level, DEEPEST_HEADING)) + " " + escaped;
    }

    private static String bullets(List<String> items) {
        List<String> lines = new ArrayList<>();
        for (String item : items) {
            String text = inline(item);
            if (!text.isEmpty()) {
                lines.add("- " + text);
            }
        }
        return String.join("\n", lines);
    }
}
