package io.papyri.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A search for papers.
 *
 * @param query      the query in the source's syntax (arXiv's {@code ti:attention AND cat:cs.CL}, or free words)
 * @param maxResults the most results to return, at least 1
 * @param sort       the order of results
 * @param descending whether the order runs from highest/newest to lowest/oldest
 * @param from       only papers submitted on or after this date, or {@code null}
 * @param to         only papers submitted on or before this date, or {@code null}
 */
public record SearchQuery(String query, int maxResults, SortOrder sort, boolean descending,
                          LocalDate from, LocalDate to) {

    /** How search results are ordered. */
    public enum SortOrder {
        /** By the source's relevance score. */
        RELEVANCE,
        /** By the date of the first version. */
        SUBMITTED,
        /** By the date of the latest version. */
        UPDATED
    }

    /**
     * Checks the components and copies any collections, so the value stays immutable.
     *
     * @param query the query in the source's syntax (arXiv's {@code ti:attention AND cat:cs.CL}, or free words)
     * @param maxResults the most results to return, at least 1
     * @param sort the order of results
     * @param descending whether the order runs from highest/newest to lowest/oldest
     * @param from only papers submitted on or after this date, or {@code null}
     * @param to only papers submitted on or before this date, or {@code null}
     */
    public SearchQuery {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        if (query.isBlank()) {
            throw new IllegalArgumentException("A search needs a query: give words or a field query such as ti:transformer.");
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, was " + maxResults);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The date range is empty: from " + from + " is after to " + to + ".");
        }
    }

    /**
     * A relevance-ordered query for up to ten results.
     *
     * @param query the query text
     * @return the query
     */
    public static SearchQuery of(String query) {
        return new SearchQuery(query, 10, SortOrder.RELEVANCE, true, null, null);
    }
}
