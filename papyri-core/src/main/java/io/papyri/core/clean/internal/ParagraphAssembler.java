package io.papyri.core.clean.internal;

import io.papyri.api.Paragraph;
import io.papyri.api.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds sections and their paragraphs from the body lines that are left once everything else has
 * been taken out. A paragraph starts after a heading, at an indented line, after a line that stops
 * short at the end of a sentence, or after extra space; otherwise a line continues the paragraph,
 * also across a column or page break and across an equation, caption or footnote in between.
 */
final class ParagraphAssembler {

    private final Typography type;
    private final List<Section> sections = new ArrayList<>();
    private String heading;
    private int level = 1;
    private int sectionPage;
    private List<Paragraph> paragraphs = new ArrayList<>();
    private LineJoiner paragraph;
    private int paragraphPage;
    private Line previous;
    private boolean interrupted;
    private boolean afterReferences;

    private ParagraphAssembler(Typography type) {
        this.type = type;
    }

    /**
     * @param lines the document's lines with their roles
     * @param type  its typography
     * @return the sections in reading order
     */
    static List<Section> assemble(List<Line> lines, Typography type) {
        ParagraphAssembler assembler = new ParagraphAssembler(type);
        for (Line line : lines) {
            assembler.accept(line);
        }
        assembler.closeSection();
        return assembler.sections;
    }

    private void accept(Line line) {
        switch (line.role) {
            case HEADING -> {
                closeSection();
                heading = line.heading;
                level = Math.max(1, line.level);
                sectionPage = line.page;
            }
            case HEADING_CONTINUATION -> {
            }
            case BODY -> {
                if (afterReferences) {
                    // text after a bibliography without a heading of its own is not part of it
                    closeSection();
                }
                addBodyLine(line);
            }
            case REFERENCE -> {
                if (heading != null && HeadingShape.isReferencesName(heading)) {
                    afterReferences = true;
                } else {
                    // an unheaded list read in between the columns of the text around it
                    interrupted = true;
                }
            }
            default -> interrupted = true;
        }
    }

    private void addBodyLine(Line line) {
        if (paragraph == null || startsParagraph(previous, line)) {
            closeParagraph();
            paragraph = new LineJoiner();
            paragraphPage = line.page;
            if (heading == null && sections.isEmpty() && paragraphs.isEmpty()) {
                sectionPage = line.page;
            }
        }
        paragraph.add(line);
        previous = line;
        interrupted = false;
    }

    private boolean startsParagraph(Line before, Line line) {
        if (before == null) {
            return true;
        }
        char first = Words.firstAlphanumeric(line.text);
        boolean capital = Character.isUpperCase(first) || Character.isDigit(first) || line.text.startsWith("•");
        boolean ended = Words.endsSentence(before.text) || before.text.endsWith(":");
        boolean stoppedShort = type.shortfall(before) > 2 * before.size() && ended;
        boolean indented = type.isParagraphIndent(line) && (ended || type.shortfall(before) > 2 * before.size());
        if (before.samePlace(line) && line.y() > before.y() && !interrupted) {
            double gap = line.below(before);
            double pitch = Math.max(type.pitchFor(before), type.pitchFor(line));
            if (gap > pitch * 1.4 && (ended || gap > pitch * 2.2)) {
                return true;
            }
        }
        return capital && (indented || stoppedShort);
    }

    private void closeParagraph() {
        if (paragraph != null && !paragraph.isEmpty()) {
            paragraphs.add(new Paragraph(paragraph.toString(), paragraphPage));
        }
        paragraph = null;
    }

    private void closeSection() {
        closeParagraph();
        if (heading != null || !paragraphs.isEmpty()) {
            int page = sectionPage > 0 ? sectionPage : (paragraphs.isEmpty() ? 1 : paragraphs.get(0).page());
            sections.add(new Section(heading == null ? "" : heading, heading == null ? 1 : level, page, paragraphs));
        }
        heading = null;
        level = 1;
        sectionPage = 0;
        paragraphs = new ArrayList<>();
        previous = null;
        interrupted = false;
        afterReferences = false;
    }
}
