package io.papyri.core.arxiv;

import io.papyri.api.DocumentLimits;
import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.PdfDocument;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.SearchQuery;
import io.papyri.api.spi.PaperSource;
import io.papyri.api.spi.ProviderContext;
import io.papyri.core.arxiv.internal.ApiRequestUrl;
import io.papyri.core.arxiv.internal.FeedPager;
import io.papyri.core.arxiv.internal.FeedParser;
import io.papyri.core.arxiv.internal.FeedResponseReader;
import io.papyri.core.arxiv.internal.HostAllowList;
import io.papyri.core.arxiv.internal.PdfResponseReader;
import io.papyri.core.arxiv.internal.PoliteFetcher;
import io.papyri.core.arxiv.internal.RetryPolicy;
import io.papyri.core.arxiv.internal.UserAgent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * arXiv as a {@link PaperSource}: searches its API, reads every field of its Atom feed and
 * downloads PDFs, within its terms of use.
 *
 * <ul>
 *   <li><b>Pacing.</b> Requests to one host go one at a time, at least {@code papyri.arxiv.min-interval}
 *       (3 s) apart, across every thread and every {@code ArxivSource} of the process.</li>
 *   <li><b>Retries.</b> 429, 5xx and I/O errors are retried with exponential backoff and jitter; a
 *       {@code Retry-After} is honoured and holds back every thread. arXiv's error feed is not retried
 *       and becomes an {@link ArxivApiException} with arXiv's message.</li>
 *   <li><b>Paging.</b> {@link #entries(ArxivSearch)} and {@link #search(SearchQuery)} fetch pages
 *       lazily as the stream is consumed, up to the total and arXiv's 30,000 cap. A page that comes back
 *       empty before the total is asked for again and, if it stays empty, fails the stream with a
 *       {@link io.papyri.api.SourceUnavailableException}: results are never silently cut short.</li>
 *   <li><b>Safe downloads.</b> {@link #fetch(ArxivId)} downloads {@code <pdf-url><id>}; an id without a
 *       version downloads arXiv's latest version (no extra API call). Only the hosts of the API and PDF
 *       URLs and {@code papyri.arxiv.allowed-hosts} are contacted, redirects included; the body must start
 *       with {@code %PDF-} and stay within the byte limit, checked while streaming.</li>
 * </ul>
 *
 * <p>Built with {@link #builder()}, or by {@link ArxivSourceProvider} from settings. Thread-safe.
 */
public final class ArxivSource implements PaperSource {

    /** Setting: the API endpoint. Default {@value #DEFAULT_API_URL}. */
    public static final String API_URL = "papyri.arxiv.api-url";
    /** Setting: the PDF base URL; a PDF is fetched from {@code <pdf-url><id>}. Default {@value #DEFAULT_PDF_URL}. */
    public static final String PDF_URL = "papyri.arxiv.pdf-url";
    /** Setting: more hosts that may be contacted (comma-separated), such as a mirror redirected to. */
    public static final String ALLOWED_HOSTS = "papyri.arxiv.allowed-hosts";
    /** Setting: the User-Agent naming your application. */
    public static final String USER_AGENT = "papyri.arxiv.user-agent";
    /** Setting: the least time between two requests to one host. Default {@code PT3S}, arXiv's terms of use. */
    public static final String MIN_INTERVAL = "papyri.arxiv.min-interval";
    /** Setting: results per request, 1 to 2,000. Default 100. */
    public static final String PAGE_SIZE = "papyri.arxiv.page-size";
    /** Setting: the time allowed to connect. Default {@code PT10S}. */
    public static final String CONNECT_TIMEOUT = "papyri.arxiv.connect-timeout";
    /** Setting: the time allowed until a response's headers arrive. Default {@code PT60S}. */
    public static final String REQUEST_TIMEOUT = "papyri.arxiv.request-timeout";
    /** Setting: how many times a failed request is tried again. Default 4. */
    public static final String MAX_RETRIES = "papyri.arxiv.max-retries";
    /** Setting: the backoff before the first retry, doubled for each next one. Default {@code PT5S}. */
    public static final String RETRY_INITIAL_DELAY = "papyri.arxiv.retry-initial-delay";
    /** Setting: the longest wait between attempts; a longer {@code Retry-After} fails at once. Default {@code PT2M}. */
    public static final String RETRY_MAX_DELAY = "papyri.arxiv.retry-max-delay";
    /** Setting: how many times an unexpectedly empty page is asked for again. Default 3. */
    public static final String EMPTY_PAGE_RETRIES = "papyri.arxiv.empty-page-retries";

    /** arXiv's API endpoint. */
    public static final String DEFAULT_API_URL = "https://export.arxiv.org/api/query";
    /** arXiv's PDF base URL. */
    public static final String DEFAULT_PDF_URL = "https://arxiv.org/pdf/";

    private static final Logger LOG = LoggerFactory.getLogger(ArxivSource.class);
    private static final String ATOM = "application/atom+xml";
    private static final Duration ARXIV_MIN_INTERVAL = Duration.ofSeconds(3);

    private final URI apiUrl;
    private final URI pdfUrl;
    private final String userAgent;
    private final Set<String> allowedHosts;
    private final int pageSize;
    private final int emptyPageRetries;
    private final long maxPdfBytes;
    private final PoliteFetcher fetcher;
    private final FeedResponseReader feedReader = new FeedResponseReader(new FeedParser());

    private ArxivSource(Builder builder, URI apiUrl, URI pdfUrl, HostAllowList allowList) {
        this.apiUrl = apiUrl;
        this.pdfUrl = pdfUrl;
        this.userAgent = builder.userAgent;
        this.allowedHosts = allowList.hosts();
        this.pageSize = builder.pageSize;
        this.emptyPageRetries = builder.emptyPageRetries;
        this.maxPdfBytes = builder.maxPdfBytes;
        HttpClient.Builder http = HttpClient.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            http.proxy(proxies);
        }
        RetryPolicy retry = new RetryPolicy(builder.maxRetries, builder.retryInitialDelay, builder.retryMaxDelay,
                builder.jitter);
        this.fetcher = new PoliteFetcher(http.build(), userAgent, builder.requestTimeout, builder.minInterval, retry,
                allowList, builder.clock, builder.sleeper);
    }

    /** @return a builder with arXiv's endpoints and polite defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Searches with a source-neutral query: its text is passed to arXiv as written (arXiv's syntax,
     * or words, which arXiv looks for in all fields); a date range becomes {@code submittedDate:[..]}.
     *
     * @param query the query
     * @return the results, fetched lazily; each has its PDF link on the configured PDF URL
     */
    @Override
    public Stream<PaperMetadata> search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        ArxivQuery arxivQuery = ArxivQuery.raw(query.query());
        if (query.from() != null || query.to() != null) {
            arxivQuery = arxivQuery.and(ArxivQuery.submittedBetween(query.from(), query.to()));
        }
        ArxivSearch search = ArxivSearch.builder()
                .query(arxivQuery)
                .sortBy(switch (query.sort()) {
                    case RELEVANCE -> ArxivSearch.SortBy.RELEVANCE;
                    case SUBMITTED -> ArxivSearch.SortBy.SUBMITTED_DATE;
                    case UPDATED -> ArxivSearch.SortBy.LAST_UPDATED_DATE;
                })
                .sortOrder(query.descending() ? ArxivSearch.SortOrder.DESCENDING : ArxivSearch.SortOrder.ASCENDING)
                .maxResults(query.maxResults())
                .build();
        return entries(search).map(entry -> entry.toMetadata(pdfUrl));
    }

    /**
     * Runs a search, fetching pages of up to {@code papyri.arxiv.page-size} results as the stream is
     * consumed. Close the stream or stop consuming it to stop early.
     *
     * @param search the search
     * @return the entries, at most {@code search.maxResults()}, never past index 30,000
     * @throws ArxivApiException                       when arXiv rejects the query (on the first page, or later)
     * @throws io.papyri.api.SourceUnavailableException when arXiv does not answer, or pages stay empty
     */
    public Stream<ArxivEntry> entries(ArxivSearch search) {
        Objects.requireNonNull(search, "search");
        FeedPager pager = new FeedPager(search, pageSize, emptyPageRetries, (start, size) -> page(search, start, size));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pager, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /**
     * Fetches exactly one page: results {@code search.start()} onwards, at most
     * {@code min(search.maxResults(), 2000)}, with the feed's totals.
     *
     * @param search the search
     * @return the page
     * @throws ArxivApiException                       when arXiv rejects the query
     * @throws io.papyri.api.SourceUnavailableException when arXiv does not answer
     */
    public ArxivFeed page(ArxivSearch search) {
        Objects.requireNonNull(search, "search");
        return page(search, search.start(), Math.min(search.maxResults(), FeedPager.MAX_PAGE_SIZE));
    }

    /**
     * Looks one paper up by id. Without a version, arXiv answers with the latest version.
     *
     * @param id the id
     * @return the entry, or empty when arXiv has no such paper
     */
    public Optional<ArxivEntry> entry(ArxivId id) {
        Objects.requireNonNull(id, "id");
        try (Stream<ArxivEntry> found = entries(ArxivSearch.ids(id))) {
            return found.filter(entry -> entry.id().base().equals(id.base())).findFirst();
        }
    }

    /**
     * Looks one paper up. Without a version, the result names arXiv's latest version.
     *
     * @param id the paper, of scheme {@code arxiv}
     * @return its metadata, or empty when arXiv has no such paper or the id is of another scheme
     * @throws IllegalArgumentException when the id is of scheme {@code arxiv} but not an arXiv id
     */
    @Override
    public Optional<PaperMetadata> metadata(PaperId id) {
        Objects.requireNonNull(id, "id");
        if (!ArxivId.SCHEME.equals(id.scheme())) {
            return Optional.empty();
        }
        return entry(ArxivId.of(id)).map(entry -> entry.toMetadata(pdfUrl));
    }

    /**
     * Downloads a paper's PDF.
     *
     * @param id the paper, of scheme {@code arxiv}
     * @return the PDF; its origin is the URL it was fetched from
     * @throws PaperNotFoundException                   when the id is of another scheme or arXiv has no such PDF
     * @throws IllegalArgumentException                 when the id is of scheme {@code arxiv} but not an arXiv id
     * @throws io.papyri.api.InvalidDocumentException   when the answer is not a PDF or is over the size limit
     * @throws io.papyri.api.SourceUnavailableException when arXiv does not answer
     */
    @Override
    public PdfDocument fetch(PaperId id) {
        Objects.requireNonNull(id, "id");
        if (!ArxivId.SCHEME.equals(id.scheme())) {
            throw new PaperNotFoundException(id.toString(), "The arXiv source only fetches arxiv: ids, not " + id
                    + ". Pick the source that knows '" + id.scheme() + "' ids.");
        }
        return fetch(ArxivId.of(id));
    }

    /**
     * Downloads a paper's PDF from {@code <pdf-url><id>}; without a version, arXiv serves the latest.
     *
     * @param id the paper
     * @return the PDF; its origin is the URL it was fetched from
     * @throws PaperNotFoundException                   when arXiv has no such PDF
     * @throws io.papyri.api.InvalidDocumentException   when the answer is not a PDF or is over the size limit
     * @throws io.papyri.api.SourceUnavailableException when arXiv does not answer
     */
    public PdfDocument fetch(ArxivId id) {
        Objects.requireNonNull(id, "id");
        URI url = pdfUrl(id);
        return fetcher.get(url, "application/pdf", new PdfResponseReader(id.toPaperId(), maxPdfBytes, url.toString()));
    }

    /**
     * @param id the paper
     * @return where its PDF is fetched from: {@code <pdf-url><id>}
     */
    public URI pdfUrl(ArxivId id) {
        return URI.create(pdfUrl.toString() + id);
    }

    /** @return the API endpoint in use */
    public URI apiUrl() {
        return apiUrl;
    }

    /** @return the PDF base URL in use, ending in {@code /} */
    public URI pdfBaseUrl() {
        return pdfUrl;
    }

    /** @return the User-Agent sent */
    public String userAgent() {
        return userAgent;
    }

    /** @return the hosts that may be contacted */
    public Set<String> allowedHosts() {
        return allowedHosts;
    }

    private ArxivFeed page(ArxivSearch search, int start, int size) {
        URI url = ApiRequestUrl.of(apiUrl, search, start, size);
        return fetcher.get(url, ATOM, feedReader);
    }

    /** Builds {@link ArxivSource}s. Not thread-safe; the source is. */
    public static final class Builder {

        private String apiUrl = DEFAULT_API_URL;
        private String pdfUrl = DEFAULT_PDF_URL;
        private List<String> allowedHosts = List.of();
        private String userAgent = UserAgent.defaultValue();
        private Duration minInterval = ARXIV_MIN_INTERVAL;
        private int pageSize = 100;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private int maxRetries = 4;
        private Duration retryInitialDelay = Duration.ofSeconds(5);
        private Duration retryMaxDelay = Duration.ofMinutes(2);
        private int emptyPageRetries = 3;
        private long maxPdfBytes = DocumentLimits.DEFAULT.maxBytes();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /**
         * Reads every {@code papyri.arxiv.*} setting the context has, and the PDF byte limit.
         *
         * @param context the provider context
         * @return this
         * @throws ProviderConfigurationException when a setting is malformed, naming it
         */
        public Builder configure(ProviderContext context) {
            Objects.requireNonNull(context, "context");
            setting(context, API_URL, this::apiUrl);
            setting(context, PDF_URL, this::pdfUrl);
            setting(context, ALLOWED_HOSTS, value -> allowedHosts(Arrays.asList(value.split("[,\\s]+"))));
            setting(context, USER_AGENT, this::userAgent);
            setting(context, PAGE_SIZE, value -> pageSize(Math.toIntExact(context.longSetting(PAGE_SIZE, pageSize))));
            setting(context, MAX_RETRIES, value -> maxRetries(Math.toIntExact(context.longSetting(MAX_RETRIES, maxRetries))));
            setting(context, EMPTY_PAGE_RETRIES, value -> emptyPageRetries(
                    Math.toIntExact(context.longSetting(EMPTY_PAGE_RETRIES, emptyPageRetries))));
            setting(context, MIN_INTERVAL, value -> minInterval(context.durationSetting(MIN_INTERVAL, minInterval)));
            setting(context, CONNECT_TIMEOUT, value -> connectTimeout(context.durationSetting(CONNECT_TIMEOUT, connectTimeout)));
            setting(context, REQUEST_TIMEOUT, value -> requestTimeout(context.durationSetting(REQUEST_TIMEOUT, requestTimeout)));
            setting(context, RETRY_INITIAL_DELAY, value -> retryInitialDelay(
                    context.durationSetting(RETRY_INITIAL_DELAY, retryInitialDelay)));
            setting(context, RETRY_MAX_DELAY, value -> retryMaxDelay(context.durationSetting(RETRY_MAX_DELAY, retryMaxDelay)));
            maxPdfBytes(context.limits().maxBytes());
            return this;
        }

        /**
         * @param url the API endpoint, such as a mirror's or a test server's
         * @return this
         */
        public Builder apiUrl(String url) {
            this.apiUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * @param url the PDF base URL; a {@code /} is added when missing
         * @return this
         */
        public Builder pdfUrl(String url) {
            this.pdfUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * @param hosts more hosts that may be contacted, besides those of the API and PDF URLs
         * @return this
         */
        public Builder allowedHosts(Collection<String> hosts) {
            this.allowedHosts = hosts.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
            return this;
        }

        /**
         * @param value the User-Agent, naming your application and a contact
         * @return this
         */
        public Builder userAgent(String value) {
            this.userAgent = UserAgent.check(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param interval the least time between two requests to one host; arXiv asks for 3 s
         * @return this
         */
        public Builder minInterval(Duration interval) {
            this.minInterval = nonNegative(interval, "minInterval");
            return this;
        }

        /**
         * @param size results per request, 1 to 2,000
         * @return this
         */
        public Builder pageSize(int size) {
            if (size < 1 || size > FeedPager.MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("The page size must be 1 to " + FeedPager.MAX_PAGE_SIZE
                        + " (arXiv's limit), was " + size + ".");
            }
            this.pageSize = size;
            return this;
        }

        /**
         * @param timeout the time allowed to connect
         * @return this
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * @param timeout the time allowed until a response's headers arrive
         * @return this
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /**
         * @param retries how many times a failed request is tried again, 0 to 20
         * @return this
         */
        public Builder maxRetries(int retries) {
            if (retries < 0 || retries > 20) {
                throw new IllegalArgumentException("maxRetries must be 0 to 20, was " + retries + ".");
            }
            this.maxRetries = retries;
            return this;
        }

        /**
         * @param delay the backoff before the first retry
         * @return this
         */
        public Builder retryInitialDelay(Duration delay) {
            this.retryInitialDelay = nonNegative(delay, "retryInitialDelay");
            return this;
        }

        /**
         * @param delay the longest wait between attempts
         * @return this
         */
        public Builder retryMaxDelay(Duration delay) {
            this.retryMaxDelay = nonNegative(delay, "retryMaxDelay");
            return this;
        }

        /**
         * @param retries how many times an unexpectedly empty page is asked for again, 0 to 20
         * @return this
         */
        public Builder emptyPageRetries(int retries) {
            if (retries < 0 || retries > 20) {
                throw new IllegalArgumentException("emptyPageRetries must be 0 to 20, was " + retries + ".");
            }
            this.emptyPageRetries = retries;
            return this;
        }

        /**
         * @param bytes the largest PDF accepted
         * @return this
         */
        public Builder maxPdfBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxPdfBytes must be positive, was " + bytes + ".");
            }
            this.maxPdfBytes = bytes;
            return this;
        }

        /**
         * The clock pacing is measured with. The provider always uses the system clock, because arXiv's
         * limit is in real time; tests pass a fake one together with {@link #sleeper(Sleeper)}.
         *
         * @param clock the clock
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param sleeper how waits are made; tests pass one that advances a fake clock
         * @return this
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * The source of backoff jitter; tests pass a constant to get exact waits.
         *
         * @param jitter numbers in [0, 1]: the share of the upper half of each backoff that is waited
         * @return this
         */
        public Builder jitter(DoubleSupplier jitter) {
            this.jitter = Objects.requireNonNull(jitter, "jitter");
            return this;
        }

        /**
         * @return the source
         * @throws IllegalArgumentException when a URL is not an absolute http(s) URL with a host, or the
         *                                  retry delays are inconsistent
         */
        public ArxivSource build() {
            URI api = httpUrl(apiUrl, API_URL);
            URI pdf = httpUrl(pdfUrl.endsWith("/") ? pdfUrl : pdfUrl + "/", PDF_URL);
            if (pdf.getRawQuery() != null || pdf.getRawFragment() != null) {
                throw new IllegalArgumentException(PDF_URL + " '" + pdfUrl + "' may not have a query or fragment:"
                        + " the id is appended to it.");
            }
            if (retryMaxDelay.compareTo(retryInitialDelay) < 0) {
                throw new IllegalArgumentException("The retry max delay (" + retryMaxDelay + ") is shorter than the"
                        + " initial delay (" + retryInitialDelay + ").");
            }
            HostAllowList allowList;
            try {
                allowList = HostAllowList.of(List.of(api, pdf), allowedHosts);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ALLOWED_HOSTS + ": " + e.getMessage() + ".", e);
            }
            if (minInterval.compareTo(ARXIV_MIN_INTERVAL) < 0 && isArxivHost(api)) {
                LOG.warn("{} is {} ms, below the 3 s between requests that arXiv's terms of use ask for", MIN_INTERVAL,
                        minInterval.toMillis());
            }
            return new ArxivSource(this, api, pdf, allowList);
        }

        private static boolean isArxivHost(URI url) {
            String host = url.getHost().toLowerCase(Locale.ROOT);
            return host.equals("arxiv.org") || host.endsWith(".arxiv.org");
        }

        private static URI httpUrl(String text, String key) {
            try {
                URI url = new URI(text.strip());
                String scheme = url.getScheme();
                if (url.getHost() == null || scheme == null
                        || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                        || url.getRawUserInfo() != null) {
                    throw new URISyntaxException(text, "not an absolute http(s) URL with a host and no user info");
                }
                return url;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(key + " '" + text + "' is not usable: " + e.getReason()
                        + ". Write a URL such as " + (key.equals(API_URL) ? DEFAULT_API_URL : DEFAULT_PDF_URL) + ".", e);
            }
        }

        private static Duration nonNegative(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " cannot be negative, was " + duration + ".");
            }
            return duration;
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration + ".");
            }
            return duration;
        }

        private static void setting(ProviderContext context, String key, Consumer<String> apply) {
            Optional<String> value = context.setting(key);
            if (value.isEmpty()) {
                return;
            }
            try {
                apply.accept(value.get());
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new ProviderConfigurationException("Setting " + key + "='" + value.get() + "' is not usable: "
                        + e.getMessage(), e);
            }
        }
    }
}
