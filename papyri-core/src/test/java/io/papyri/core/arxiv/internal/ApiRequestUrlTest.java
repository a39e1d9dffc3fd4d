package io.papyri.core.arxiv.internal;

import io.papyri.core.arxiv.ArxivId;
import io.papyri.core.arxiv.ArxivQuery;
import io.papyri.core.arxiv.ArxivSearch;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiRequestUrlTest {

    private static final URI API = URI.create("https://export.arxiv.org/api/query");

    @Test
    void aQueryWithSortOrderAndRange() {
        ArxivSearch search = ArxivSearch.builder()
                .query(ArxivQuery.author("del maestro").andNot(ArxivQuery.title("checkerboard")))
                .sortBy(ArxivSearch.SortBy.LAST_UPDATED_DATE).sortOrder(ArxivSearch.SortOrder.ASCENDING).build();

        assertThat(ApiRequestUrl.of(API, search, 200, 100)).hasToString("https://export.arxiv.org/api/query"
                + "?search_query=au%3A%22del%20maestro%22%20ANDNOT%20ti%3Acheckerboard"
                + "&sortBy=lastUpdatedDate&sortOrder=ascending&start=200&max_results=100");
    }

    @Test
    void anIdListAloneAndTogetherWithAQuery() {
        ArxivSearch ids = ArxivSearch.ids(ArxivId.parse("math/0405482"), ArxivId.parse("2101.01234v2"));
        ArxivSearch both = ArxivSearch.builder().query("cat:math.AG").ids(ArxivId.parse("math.AG/0309136v1")).build();

        assertThat(ApiRequestUrl.of(API, ids, 0, 2).toString())
                .endsWith("?id_list=math/0405482,2101.01234v2&sortBy=relevance&sortOrder=descending&start=0&max_results=2");
        assertThat(ApiRequestUrl.of(API, both, 0, 10).toString())
                .endsWith("?search_query=cat%3Amath.AG&id_list=math/0309136v1&sortBy=relevance&sortOrder=descending"
                        + "&start=0&max_results=10");
    }

    @Test
    void anApiUrlThatAlreadyHasAQueryIsExtended() {
        URI mirror = URI.create("https://mirror.example.org/arxiv?key=abc");

        assertThat(ApiRequestUrl.of(mirror, ArxivSearch.of(ArxivQuery.all("x")), 0, 10).toString())
                .startsWith("https://mirror.example.org/arxiv?key=abc&search_query=all%3Ax&");
    }

    @Test
    void aSearchNeedsAQueryOrIds() {
        assertThatThrownBy(() -> ArxivSearch.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query, a list of ids, or both");
        assertThat(ArxivSearch.ids(ArxivId.parse("2101.01234"), ArxivId.parse("2101.01235")).maxResults()).isEqualTo(2);
        assertThat(ArxivSearch.of(ArxivQuery.all("x")).maxResults()).isEqualTo(10);
    }
}
