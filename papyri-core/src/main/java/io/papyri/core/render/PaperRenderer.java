package io.papyri.core.render;

import io.papyri.api.Paper;

/**
 * Writes a {@link Paper} in one output format. Implementations are immutable and thread-safe.
 */
public interface PaperRenderer {

    /**
     * Renders a whole paper.
     *
     * @param paper the paper
     * @return the rendered document, ending with a line break
     */
    String render(Paper paper);

    /**
     * The media type of what {@link #render(Paper)} returns, for HTTP responses and file names.
     *
     * @return a media type such as {@code application/json}
     */
    String mediaType();
}
