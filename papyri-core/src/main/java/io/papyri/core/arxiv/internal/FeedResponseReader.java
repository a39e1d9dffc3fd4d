package io.papyri.core.arxiv.internal;

import io.papyri.api.SourceUnavailableException;
import io.papyri.core.arxiv.ArxivApiException;
import io.papyri.core.arxiv.ArxivFeed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * Reads an API response into a feed. arXiv's error feed, on a 400 or otherwise, becomes an
 * {@link ArxivApiException} carrying arXiv's message; a body that is not an Atom feed becomes a
 * {@link SourceUnavailableException} naming the URL.
 */
public final class FeedResponseReader implements PoliteFetcher.ResponseReader<ArxivFeed> {

    /** The largest API response read; a full page of 2,000 entries is a few megabytes. */
    public static final int MAX_FEED_BYTES = 64 * 1024 * 1024;

    private final FeedParser parser;

    /** @param parser the Atom parser */
    public FeedResponseReader(FeedParser parser) {
        this.parser = parser;
    }

    @Override
    public ArxivFeed read(URI url, int status, HttpHeaders headers, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_FEED_BYTES + 1);
        if (bytes.length > MAX_FEED_BYTES) {
            throw new SourceUnavailableException("The arXiv API at " + url + " answered with more than "
                    + MAX_FEED_BYTES + " bytes; ask for smaller pages (papyri.arxiv.page-size).", null);
        }
        ParsedFeed parsed;
        try {
            parsed = parser.parse(bytes);
        } catch (FeedFormatException e) {
            if (status != 200) {
                throw new ArxivApiException(status, null, url.toString(), "arXiv answered GET " + url + " with HTTP "
                        + status + " and no error feed. Check the query; trying again will not help.");
            }
            throw new SourceUnavailableException("The arXiv API at " + url + " answered with a response that is not an"
                    + " arXiv Atom feed (" + e.getMessage() + "). If papyri.arxiv.api-url points to a mirror or proxy,"
                    + " check that it serves arXiv's API.", e);
        }
        if (parsed.isError()) {
            String message = parsed.errorMessage() == null || parsed.errorMessage().isEmpty()
                    ? parsed.errorId() : parsed.errorMessage();
            throw new ArxivApiException(status, message, url.toString(), "arXiv rejected GET " + url + " (HTTP " + status
                    + "): " + message + ". Fix the query or id; trying again will not help.");
        }
        if (status != 200) {
            throw new ArxivApiException(status, null, url.toString(), "arXiv answered GET " + url + " with HTTP "
                    + status + ". Check the query; trying again will not help.");
        }
        return parsed.feed();
    }
}
