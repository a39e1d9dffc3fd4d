package io.papyri.core.render;

import io.papyri.api.Caption;
import io.papyri.api.Paper;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a paper as plain text for reading in a terminal or a text file: the title underlined
 * with {@code =}, the authors, the abstract, every section heading (top-level ones underlined
 * with {@code -}) followed by its paragraphs, then captions and references, with blank lines
 * between blocks.
 *
 * <p>Each paragraph is put on one line, or wrapped at a given width; control characters from the
 * PDF are dropped so that the output cannot drive a terminal.
 */
public final class TextRenderer implements PaperRenderer {

    private final int width;

    /** A renderer that leaves every paragraph on one line. */
    public TextRenderer() {
        this(0);
    }

    /**
     * @param width wrap paragraphs at this many characters; 0 to leave each on one line
     * @throws IllegalArgumentException when the width is negative
     */
    public TextRenderer(int width) {
        if (width < 0) {
            throw new IllegalArgumentException("width must be 0 (no wrapping) or positive, was " + width);
        }
        this.width = width;
    }

    @Override
    public String render(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        List<String> blocks = new ArrayList<>();
        String title = Lines.flatten(paper.title());
        if (!title.isEmpty()) {
            blocks.add(underlined(title, '='));
        }
        addParagraph(blocks, String.join(", ", paper.authors()));
        String abstractText = Lines.flatten(paper.abstractText());
        if (!abstractText.isEmpty()) {
            blocks.add(underlined("Abstract", '-'));
            addParagraph(blocks, abstractText);
        }
        for (Section section : paper.sections()) {
            String heading = Lines.flatten(section.heading());
            if (!heading.isEmpty()) {
                blocks.add(section.level() == 1 ? underlined(heading, '-') : heading);
            }
            for (Paragraph paragraph : section.paragraphs()) {
                addParagraph(blocks, paragraph.text());
            }
        }
        if (!paper.captions().isEmpty()) {
            blocks.add(underlined("Figures and tables", '-'));
            paper.captions().stream().map(Caption::text).forEach(text -> addParagraph(blocks, text));
        }
        if (!paper.references().isEmpty()) {
            blocks.add(underlined("References", '-'));
            List<String> entries = new ArrayList<>();
            for (String reference : paper.references()) {
                String flat = Lines.flatten(reference);
                if (!flat.isEmpty()) {
                    entries.add(String.join("\n", Lines.wrap(flat, width)));
                }
            }
            blocks.add(String.join("\n", entries));
        }
        return String.join("\n\n", blocks) + "\n";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=utf-8";
    }

    private void addParagraph(List<String> blocks, String text) {
        String flat = Lines.flatten(text);
        if (!flat.isEmpty()) {
            blocks.add(String.join("\n", Lines.wrap(flat, width)));
        }
    }

    private static String underlined(String heading, char rule) {
        return heading + "\n" + String.valueOf(rule).repeat(Lines.length(heading));
    }
}
