package io.papyri.core.arxiv;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page of results from arXiv's API.
 *
 * @param totalResults how many results the query has in all ({@code opensearch:totalResults}), or
 *                     -1 when the feed does not say
 * @param startIndex   the index of this page's first entry ({@code opensearch:startIndex})
 * @param itemsPerPage the page size arXiv applied ({@code opensearch:itemsPerPage})
 * @param updated      when arXiv produced the feed, or {@code null} when it does not say
 * @param entries      the entries of this page
 */
public record ArxivFeed(int totalResults, int startIndex, int itemsPerPage, Instant updated, List<ArxivEntry> entries) {

    /**
     * Copies the entries.
     *
     * @param totalResults how many results the query has in all, or -1 when the feed does not say
     * @param startIndex the index of this page's first entry
     * @param itemsPerPage the page size arXiv applied
     * @param updated when arXiv produced the feed, or {@code null}
     * @param entries the entries of this page
     */
    public ArxivFeed {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }

    /** @return whether the feed says how many results there are */
    public boolean knowsTotal() {
        return totalResults >= 0;
    }
}
