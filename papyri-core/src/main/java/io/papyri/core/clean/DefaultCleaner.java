package io.papyri.core.clean;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.Paper;
import io.papyri.api.spi.Cleaner;
import io.papyri.core.clean.internal.LayoutInterpreter;

import java.util.Objects;

/**
 * The default {@link Cleaner}: reads a paper out of an extracted layout using the document's own
 * typography (body font size, line spacing, column edges) rather than rules for particular
 * publishers.
 *
 * <p>It finds the title (the largest text at the top of the first page), the authors, the abstract
 * (labelled or not), section headings with their levels, paragraphs joined across lines, columns and
 * pages, figure and table captions, and the bibliography split into entries. It takes out the title
 * block, display equations, footnotes and tables of contents, and counts what it removed in
 * {@link Paper#removed()}, together with what the extractor dropped.
 *
 * <p>Instances hold no state and are safe to share between threads.
 */
public final class DefaultCleaner implements Cleaner {

    private final LayoutInterpreter interpreter = new LayoutInterpreter();

    /** Creates a cleaner. */
    public DefaultCleaner() {
    }

    @Override
    public Paper clean(ExtractedDocument document) {
        Objects.requireNonNull(document, "document");
        return interpreter.interpret(document);
    }
}
