package io.papyri.core.arxiv.internal;

import io.papyri.core.arxiv.ArxivFeed;

/**
 * What the parser found: a feed of results, or arXiv's error feed (a single entry whose id is
 * under {@code arxiv.org/api/errors}).
 *
 * @param feed         the results; empty for an error feed
 * @param errorId      the error entry's id, such as {@code https://arxiv.org/api/errors#incorrect_id_format_for_abc},
 *                     or {@code null} when this is not an error feed
 * @param errorMessage arXiv's explanation, such as {@code incorrect id format for abc}, or {@code null}
 */
public record ParsedFeed(ArxivFeed feed, String errorId, String errorMessage) {

    /** @return whether arXiv answered with its error feed */
    public boolean isError() {
        return errorId != null;
    }
}
