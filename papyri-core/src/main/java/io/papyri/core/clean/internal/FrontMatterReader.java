package io.papyri.core.clean.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the front matter: title, authors and abstract, and marks everything else before the body
 * (affiliations, emails, dates, keywords, conference notes) as title block.
 */
final class FrontMatterReader {

    /** A note with an address for comments or correspondence after the abstract belongs to the front matter. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
    private static final Pattern TRAILING_MARKERS = Pattern.compile("[\\s*∗†‡§¶⋆♯,]+$");

    private FrontMatterReader() {
    }

    /**
     * @param title         the title, empty when none was found
     * @param authors       author names in order
     * @param abstractText  the abstract, empty when none was found
     */
    record FrontMatter(String title, List<String> authors, String abstractText) {
    }

    static FrontMatter read(List<Line> lines, Typography type) {
        if (lines.isEmpty()) {
            return new FrontMatter("", List.of(), "");
        }
        int label = AbstractLocator.findLabel(lines, type, 0);
        int[] title = TitleLocator.locate(lines, label >= 0 ? label : Integer.MAX_VALUE);
        int afterTitle = title == null ? 0 : title[1] + 1;
        String titleText = "";
        if (title != null) {
            LineJoiner joiner = new LineJoiner();
            for (int i = title[0]; i <= title[1]; i++) {
                lines.get(i).role = Role.TITLE;
                joiner.add(lines.get(i));
            }
            titleText = TRAILING_MARKERS.matcher(joiner.toString()).replaceAll("");
        }

        AbstractLocator.Span span = AbstractLocator.locate(lines, type, afterTitle);
        int bodyStart;
        String abstractText = "";
        if (span != null) {
            for (int i = span.from(); i < span.to(); i++) {
                lines.get(i).role = Role.ABSTRACT;
            }
            abstractText = span.text();
            bodyStart = span.from();
            markTrailer(lines, type, span.to());
        } else {
            bodyStart = firstBodyLine(lines, type, afterTitle);
        }

        Set<String> authors = new LinkedHashSet<>();
        int titlePage = lines.get(Math.max(0, afterTitle - 1)).page;
        Line authorStyle = null;
        for (int i = 0; i < bodyStart; i++) {
            Line line = lines.get(i);
            if (line.role != Role.BODY && line.role != Role.CONTENTS) {
                continue;
            }
            // author names share one style; affiliation lines around them are set differently
            boolean eligible = i >= afterTitle && line.page == titlePage
                    && (authorStyle == null || sameStyle(line, authorStyle));
            List<String> names = eligible ? AuthorNames.read(line.text) : List.of();
            line.role = names.isEmpty() ? Role.TITLE_BLOCK : Role.AUTHORS;
            if (!names.isEmpty() && authorStyle == null) {
                authorStyle = line;
            }
            authors.addAll(names);
        }
        return new FrontMatter(titleText, new ArrayList<>(authors), abstractText);
    }

    private static boolean sameStyle(Line line, Line other) {
        return Math.abs(line.size() - other.size()) <= 0.3 && line.bold() == other.bold()
                && line.font().equals(other.font());
    }

    /** Keywords, index terms, PACS numbers, copyright lines and contact notes straight after the abstract. */
    private static void markTrailer(List<Line> lines, Typography type, int from) {
        Line start = null;
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.role != Role.BODY) {
                return;
            }
            boolean trailer = AbstractLocator.TRAILER.matcher(line.text).matches()
                    || EMAIL.matcher(line.text).find();
            boolean continues = start != null && line.samePlace(lines.get(i - 1))
                    && Math.abs(line.size() - start.size()) <= 0.6
                    && line.below(lines.get(i - 1)) <= type.pitchFor(line) * 1.5
                    && !HeadingShape.looksLikeHeading(line, type);
            if (!trailer && !continues) {
                return;
            }
            if (trailer) {
                start = line;
            }
            line.role = Role.TITLE_BLOCK;
        }
    }

    /** Without an abstract, the body starts at the first heading or block of prose after the title. */
    private static int firstBodyLine(List<Line> lines, Typography type, int from) {
        if (from >= lines.size()) {
            return lines.size();
        }
        int page = lines.get(Math.max(0, from - 1)).page;
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.page != page) {
                return i;
            }
            if (HeadingShape.looksLikeHeading(line, type)
                    && (HeadingNumber.parse(line.text) != null || HeadingShape.isTopLevelName(line.text))) {
                return i;
            }
            if (Words.isProse(line.text) && type.isBodySize(line) && line.width() > type.frame(line).width() * 0.8) {
                return i;
            }
        }
        return lines.size();
    }
}
