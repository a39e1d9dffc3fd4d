package io.papyri.core.arxiv.internal;

import io.papyri.core.arxiv.ArxivId;
import io.papyri.core.arxiv.ArxivSearch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the URL of one page of an arXiv API search. */
public final class ApiRequestUrl {

    private ApiRequestUrl() {
    }

    /**
     * The URL for results {@code start} to {@code start + maxResults - 1} of a search.
     *
     * @param apiUrl     the API endpoint, such as {@code https://export.arxiv.org/api/query}
     * @param search     the search; its own start and size are not used
     * @param start      the 0-based index of the first result
     * @param maxResults the page size
     * @return {@code <apiUrl>?search_query=..&id_list=..&sortBy=..&sortOrder=..&start=..&max_results=..};
     *         {@code search_query} and {@code id_list} only when set
     */
    public static URI of(URI apiUrl, ArxivSearch search, int start, int maxResults) {
        List<String> parameters = new ArrayList<>();
        if (search.query() != null) {
            parameters.add("search_query=" + search.query().encoded());
        }
        if (!search.ids().isEmpty()) {
            // validated ids hold only letters, digits, '.', '-' and '/', all safe in a query string
            parameters.add("id_list=" + search.ids().stream().map(ArxivId::toString).collect(Collectors.joining(",")));
        }
        parameters.add("sortBy=" + search.sortBy().parameter());
        parameters.add("sortOrder=" + search.sortOrder().parameter());
        parameters.add("start=" + start);
        parameters.add("max_results=" + maxResults);
        String base = apiUrl.toString();
        String separator = apiUrl.getRawQuery() == null ? "?" : "&";
        return URI.create(base + separator + String.join("&", parameters));
    }
}
