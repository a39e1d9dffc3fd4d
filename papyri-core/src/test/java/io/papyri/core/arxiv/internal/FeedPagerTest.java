package io.papyri.core.arxiv.internal;

import io.papyri.api.SourceUnavailableException;
import io.papyri.core.arxiv.ArxivEntry;
import io.papyri.core.arxiv.ArxivFeed;
import io.papyri.core.arxiv.ArxivId;
import io.papyri.core.arxiv.ArxivQuery;
import io.papyri.core.arxiv.ArxivSearch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedPagerTest {

    private final List<String> asked = new ArrayList<>();

    @Test
    void aFullWalkOverAHugeResultSetStopsAtTheCapWithPagesOfAtMost2000() {
        // arXiv reports 250,000 results; only the first 30,000 can be had
        FeedPager pager = new FeedPager(search(0, 100_000), 2_000, 3, fakeArxiv(250_000));

        long count = StreamSupport.stream(Spliterators.spliteratorUnknownSize(pager, Spliterator.ORDERED), false).count();

        assertThat(count).isEqualTo(30_000);
        assertThat(asked).hasSize(15).first().isEqualTo("0+2000");
        assertThat(asked).last().isEqualTo("28000+2000");
    }

    @Test
    void thePageThatReachesTheCapIsShortened() {
        FeedPager pager = new FeedPager(search(29_500, 5_000), 2_000, 3, fakeArxiv(1_000_000));

        pager.forEachRemaining(entry -> { });

        assertThat(asked).containsExactly("29500+500");
    }

    @Test
    void aSearchStartingPastTheCapAsksForNothing() {
        FeedPager pager = new FeedPager(search(30_000, 10), 100, 3, fakeArxiv(1_000_000));

        assertThat(pager.hasNext()).isFalse();
        assertThat(asked).isEmpty();
    }

    @Test
    void shortPagesAdvanceByWhatWasSent() {
        List<String> pages = new ArrayList<>();
        FeedPager pager = new FeedPager(search(0, 10), 4, 3, (start, size) -> {
            pages.add(start + "+" + size);
            int sent = Math.min(3, 10 - start); // arXiv sends 3 where 4 were asked
            return feed(10, start, sent);
        });

        List<ArxivEntry> all = new ArrayList<>();
        pager.forEachRemaining(all::add);

        assertThat(all).hasSize(10);
        assertThat(pages).containsExactly("0+4", "3+4", "6+4", "9+1");
    }

    @Test
    void emptyPagesAreRetriedAndTooManyFailTheWalk() {
        int[] calls = {0};
        FeedPager pager = new FeedPager(search(0, 10), 5, 1, (start, size) -> {
            calls[0]++;
            return start == 0 ? feed(10, 0, 5) : feed(10, start, 0);
        });

        assertThatThrownBy(() -> pager.forEachRemaining(entry -> { }))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("start=5");
        assertThat(calls[0]).isEqualTo(3);
    }

    @Test
    void anEmptyFirstPageWithTotalZeroIsSimplyTheEnd() {
        FeedPager pager = new FeedPager(search(0, 10), 5, 3, fakeArxiv(0));

        assertThat(pager.hasNext()).isFalse();
        assertThat(asked).containsExactly("0+5");
    }

    private FeedPager.PageFetcher fakeArxiv(int total) {
        return (start, size) -> {
            asked.add(start + "+" + size);
            return feed(total, start, Math.max(0, Math.min(size, total - start)));
        };
    }

    private static ArxivSearch search(int start, int maxResults) {
        return ArxivSearch.builder().query(ArxivQuery.all("electron")).start(start).maxResults(maxResults).build();
    }

    private static ArxivFeed feed(int total, int start, int count) {
        List<ArxivEntry> entries = IntStream.range(start, start + count)
                .mapToObj(i -> new ArxivEntry(ArxivId.parse(String.format(Locale.ROOT, "2101.%05dv1", i)), "t", List.of(), "s",
                        List.of(), null, null, null, null, null, null, List.of()))
                .toList();
        return new ArxivFeed(total, start, count, null, entries);
    }
}
