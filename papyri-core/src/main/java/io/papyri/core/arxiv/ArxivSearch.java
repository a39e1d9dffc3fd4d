package io.papyri.core.arxiv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One search of arXiv's API: a query, a list of ids, or both (then arXiv returns the listed ids that
 * match the query), with an order and a range of results.
 *
 * @param query      the query, or {@code null} when only {@code ids} are asked for
 * @param ids        the ids to look up, in order; empty when only {@code query} is used
 * @param sortBy     what results are ordered by
 * @param sortOrder  which way
 * @param start      the 0-based index of the first result wanted
 * @param maxResults the most results wanted; arXiv serves no result past index 30,000
 */
public record ArxivSearch(ArxivQuery query, List<ArxivId> ids, SortBy sortBy, SortOrder sortOrder,
                          int start, int maxResults) {

    /** The most results arXiv serves for one query, whatever the paging. */
    public static final int RESULT_CAP = 30_000;

    /** What arXiv can order results by. */
    public enum SortBy {
        /** arXiv's relevance score. */
        RELEVANCE("relevance"),
        /** The date of the latest version. */
        LAST_UPDATED_DATE("lastUpdatedDate"),
        /** The date of the first version. */
        SUBMITTED_DATE("submittedDate");

        private final String parameter;

        SortBy(String parameter) {
            this.parameter = parameter;
        }

        /** @return the value of the {@code sortBy} parameter */
        public String parameter() {
            return parameter;
        }
    }

    /** Which way results run. */
    public enum SortOrder {
        /** Lowest or oldest first. */
        ASCENDING("ascending"),
        /** Highest or newest first. */
        DESCENDING("descending");

        private final String parameter;

        SortOrder(String parameter) {
            this.parameter = parameter;
        }

        /** @return the value of the {@code sortOrder} parameter */
        public String parameter() {
            return parameter;
        }
    }

    /**
     * Checks the components and copies the id list.
     *
     * @param query the query, or {@code null} when only {@code ids} are asked for
     * @param ids the ids to look up, in order; empty when only {@code query} is used
     * @param sortBy what results are ordered by
     * @param sortOrder which way
     * @param start the 0-based index of the first result wanted
     * @param maxResults the most results wanted
     * @throws IllegalArgumentException when neither a query nor ids are given, or a number is out of range
     */
    public ArxivSearch {
        ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
        Objects.requireNonNull(sortBy, "sortBy");
        Objects.requireNonNull(sortOrder, "sortOrder");
        if (query == null && ids.isEmpty()) {
            throw new IllegalArgumentException("An arXiv search needs a query, a list of ids, or both.");
        }
        if (start < 0) {
            throw new IllegalArgumentException("start must be 0 or more, was " + start);
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, was " + maxResults);
        }
    }

    /**
     * Up to ten results of a query by relevance, like arXiv's own default.
     *
     * @param query the query
     * @return the search
     */
    public static ArxivSearch of(ArxivQuery query) {
        return builder().query(query).build();
    }

    /**
     * The papers with the given ids, in that order. An id without version gives the latest version.
     *
     * @param ids the ids
     * @return the search, for as many results as ids
     */
    public static ArxivSearch ids(Collection<ArxivId> ids) {
        return builder().ids(ids).build();
    }

    /**
     * The papers with the given ids, in that order.
     *
     * @param ids the ids
     * @return the search, for as many results as ids
     */
    public static ArxivSearch ids(ArxivId... ids) {
        return ids(Arrays.asList(ids));
    }

    /** @return a builder: no query, no ids, relevance, descending, from 0, ten results (or one per id) */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ArxivSearch} values. */
    public static final class Builder {

        private ArxivQuery query;
        private final List<ArxivId> ids = new ArrayList<>();
        private SortBy sortBy = SortBy.RELEVANCE;
        private SortOrder sortOrder = SortOrder.DESCENDING;
        private int start;
        private Integer maxResults;

        private Builder() {
        }

        /**
         * @param query the query
         * @return this
         */
        public Builder query(ArxivQuery query) {
            this.query = Objects.requireNonNull(query, "query");
            return this;
        }

        /**
         * @param query a query in arXiv's syntax, passed through
         * @return this
         */
        public Builder query(String query) {
            return query(ArxivQuery.raw(query));
        }

        /**
         * @param more ids to add to the id list
         * @return this
         */
        public Builder ids(Collection<ArxivId> more) {
            more.forEach(id -> ids.add(Objects.requireNonNull(id, "id")));
            return this;
        }

        /**
         * @param more ids to add to the id list
         * @return this
         */
        public Builder ids(ArxivId... more) {
            return ids(Arrays.asList(more));
        }

        /**
         * @param sortBy what to order by
         * @return this
         */
        public Builder sortBy(SortBy sortBy) {
            this.sortBy = Objects.requireNonNull(sortBy, "sortBy");
            return this;
        }

        /**
         * @param sortOrder which way
         * @return this
         */
        public Builder sortOrder(SortOrder sortOrder) {
            this.sortOrder = Objects.requireNonNull(sortOrder, "sortOrder");
            return this;
        }

        /**
         * @param start the 0-based index of the first result
         * @return this
         */
        public Builder start(int start) {
            this.start = start;
            return this;
        }

        /**
         * @param maxResults the most results wanted
         * @return this
         */
        public Builder maxResults(int maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /**
         * @return the search
         * @throws IllegalArgumentException when neither a query nor ids were given, or a number is out of range
         */
        public ArxivSearch build() {
            int max = maxResults != null ? maxResults : (query == null ? Math.max(1, ids.size()) : 10);
            return new ArxivSearch(query, ids, sortBy, sortOrder, start, max);
        }
    }
}
