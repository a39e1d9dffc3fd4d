package io.papyri.core.clean.internal;

import io.papyri.api.Caption;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.PageLayout;
import io.papyri.api.Paper;
import io.papyri.api.Section;
import io.papyri.api.TextLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an extracted layout as a paper, one concern at a time: typography, tables of contents,
 * front matter, captions, headings, references, footnotes, equations, then paragraphs. Each step
 * gives roles to the lines the later steps leave alone. Every step is a linear pass over the lines.
 */
public final class LayoutInterpreter {

    /** What the detectors found, before paragraphs are assembled. */
    private record Reading(List<Line> lines, Typography type, FrontMatterReader.FrontMatter front,
                           List<Caption> captions, List<String> references, int footnotes, int equations) {
    }

    /**
     * @param document what an extractor read
     * @return the paper
     */
    public Paper interpret(ExtractedDocument document) {
        Reading reading = read(document);
        List<Section> sections = ParagraphAssembler.assemble(reading.lines(), reading.type());
        Map<String, Integer> removed = new TreeMap<>(document.dropped());
        put(removed, "title-block", count(reading.lines(), Role.TITLE_BLOCK));
        put(removed, "contents", count(reading.lines(), Role.CONTENTS));
        put(removed, "figure-text", count(reading.lines(), Role.FIGURE_TEXT));
        put(removed, "margin-text", count(reading.lines(), Role.MARGIN_TEXT));
        put(removed, "caption", reading.captions().size());
        put(removed, "equation", reading.equations());
        put(removed, "footnote", reading.footnotes());
        put(removed, "reference", reading.references().size());
        FrontMatterReader.FrontMatter front = reading.front();
        return new Paper(document.id(), front.title(), front.authors(), front.abstractText(), sections,
                reading.captions(), reading.references(), removed);
    }

    /**
     * Explains how the document was read: one line of text per extracted line, with its page,
     * column, size, style, position and the role the cleaner gave it. For tuning and bug reports.
     *
     * @param document what an extractor read
     * @return the annotated lines in reading order, after a line with the measured typography
     */
    public List<String> explain(ExtractedDocument document) {
        Reading reading = read(document);
        Typography type = reading.type();
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "body %.1fpt %s, pitch %.2f, paragraph indent %.1f, text block %.0f-%.0f",
                type.bodySize, type.bodyFont, type.pitch, type.paragraphIndent, type.textTop, type.textBottom));
        for (Line line : reading.lines()) {
            out.add(line.role == Role.HEADING ? line + "  => L" + line.level + " " + line.heading
                    + (line.number == null ? "" : " (" + line.number.scheme() + ")") : line.toString());
        }
        return out;
    }

    private static Reading read(ExtractedDocument document) {
        List<Line> lines = flatten(document);
        Typography type = Typography.measure(lines);
        ContentsDetector.detect(lines);
        MarginTextDetector.detect(lines, type);
        FrontMatterReader.FrontMatter front = FrontMatterReader.read(lines, type);
        List<Caption> captions = CaptionDetector.detect(lines, type);
        FigureTextDetector.detect(lines, type);
        HeadingDetector.detect(lines, type);
        List<String> references = ReferenceSplitter.split(lines, type);
        int footnotes = FootnoteDetector.detect(lines, type);
        int equations = EquationDetector.detect(lines, type);
        return new Reading(lines, type, front, captions, references, footnotes, equations);
    }

    private static List<Line> flatten(ExtractedDocument document) {
        List<Line> lines = new ArrayList<>();
        for (PageLayout page : document.pages()) {
            for (TextLine textLine : ScriptFragments.merge(page.lines())) {
                Line line = new Line(textLine, page.number(), page.width(), page.height(), lines.size());
                if (!line.text.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static int count(List<Line> lines, Role role) {
        int n = 0;
        for (Line line : lines) {
            if (line.role == role) {
                n++;
            }
        }
        return n;
    }

    private static void put(Map<String, Integer> removed, String kind, int count) {
        if (count > 0) {
            removed.merge(kind, count, Integer::sum);
        }
    }
}
