package io.papyri.core.arxiv.internal;

import io.papyri.api.SourceUnavailableException;
import io.papyri.core.arxiv.ArxivEntry;
import io.papyri.core.arxiv.ArxivFeed;
import io.papyri.core.arxiv.ArxivSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Walks the results of a search page by page, fetching a page only when the previous one is used up.
 *
 * <p>It stops when the search's {@code maxResults} are delivered, when the feed's
 * {@code totalResults} is reached, or at index 30,000, past which arXiv serves nothing (logged as a
 * warning when more was asked for). A page that comes back empty before the total is reached is a
 * known arXiv hiccup: it is asked for again, up to {@code emptyPageRetries} times (each request
 * paced like any other), and then the walk fails with a {@link SourceUnavailableException} rather than
 * end silently with results missing. Not thread-safe, like any iterator.
 */
public final class FeedPager implements Iterator<ArxivEntry> {

    /** Fetches one page. */
    @FunctionalInterface
    public interface PageFetcher {
        /**
         * @param start      the 0-based index of the first result
         * @param maxResults the page size
         * @return the page
         */
        ArxivFeed fetch(int start, int maxResults);
    }

    private static final Logger LOG = LoggerFactory.getLogger(FeedPager.class);
    /** arXiv's limit on {@code max_results} for one request. */
    public static final int MAX_PAGE_SIZE = 2_000;

    private final ArxivSearch search;
    private final int pageSize;
    private final int emptyPageRetries;
    private final PageFetcher fetcher;
    private final Deque<ArxivEntry> buffer = new ArrayDeque<>();
    private int nextIndex;
    private int delivered;
    private int total = -1;
    private int emptyPagesInARow;
    private boolean finished;

    /**
     * @param search           the search; its {@code start} and {@code maxResults} bound the walk
     * @param pageSize         the most results per request, 1 to 2,000
     * @param emptyPageRetries how many times an unexpectedly empty page is asked for again
     * @param fetcher          fetches one page
     */
    public FeedPager(ArxivSearch search, int pageSize, int emptyPageRetries, PageFetcher fetcher) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        this.search = search;
        this.pageSize = pageSize;
        this.emptyPageRetries = emptyPageRetries;
        this.fetcher = fetcher;
        this.nextIndex = search.start();
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !finished) {
            fetchNextPage();
        }
        return !buffer.isEmpty();
    }

    @Override
    public ArxivEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more arXiv results");
        }
        return buffer.removeFirst();
    }

    private void fetchNextPage() {
        int wanted = search.maxResults() - delivered;
        if (wanted <= 0 || (total >= 0 && nextIndex >= total)) {
            finished = true;
            return;
        }
        if (nextIndex >= ArxivSearch.RESULT_CAP) {
            LOG.warn("Stopped after {} arXiv results at index {}: arXiv serves no result past index {} of a query"
                            + " (this one reports {} results). Narrow the query, for example with a submittedDate range.",
                    delivered, nextIndex, ArxivSearch.RESULT_CAP, total);
            finished = true;
            return;
        }
        int size = Math.min(Math.min(wanted, pageSize), ArxivSearch.RESULT_CAP - nextIndex);
        if (total >= 0) {
            // no need to ask past the total arXiv reported on the previous page
            size = Math.min(size, total - nextIndex);
        }
        ArxivFeed page = fetcher.fetch(nextIndex, size);
        total = page.totalResults();
        List<ArxivEntry> entries = page.entries();
        if (entries.isEmpty()) {
            handleEmptyPage();
            return;
        }
        emptyPagesInARow = 0;
        for (ArxivEntry entry : entries.subList(0, Math.min(entries.size(), wanted))) {
            buffer.addLast(entry);
        }
        // arXiv may send fewer than asked; the next page starts after what was actually sent
        nextIndex += entries.size();
        delivered += Math.min(entries.size(), wanted);
    }

    private void handleEmptyPage() {
        if (total < 0 || nextIndex >= total) {
            finished = true;
            return;
        }
        emptyPagesInARow++;
        if (emptyPagesInARow > emptyPageRetries) {
            finished = true;
            throw new SourceUnavailableException("arXiv sent an empty page at start=" + nextIndex + " " + emptyPagesInARow
                    + " times in a row although it reports " + total + " results, so the results would be incomplete."
                    + " Try again later, or raise papyri.arxiv.empty-page-retries.", null);
        }
        LOG.warn("arXiv sent an empty page at start={} of {} results; asking again ({} of {})", nextIndex, total,
                emptyPagesInARow, emptyPageRetries);
    }
}
