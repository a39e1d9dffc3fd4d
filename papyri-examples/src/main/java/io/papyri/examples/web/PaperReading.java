package io.papyri.examples.web;

import io.papyri.api.Answer;
import io.papyri.api.ChatSession;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import io.papyri.api.Rating;
import io.papyri.api.RatingAggregate;
import io.papyri.api.SearchQuery;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.core.AssignedVariant;
import io.papyri.core.Papyri;
import io.papyri.core.arxiv.ArxivId;
import io.papyri.core.experiment.Experiment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The operations of the web app on top of {@link Papyri}, shared by the pages and the JSON API:
 * input checked with messages that say what to send, summaries cached, and, when an experiment
 * runs, each user served their variant.
 */
final class PaperReading {

    static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_QUESTION_LENGTH = 1000;
    static final int MAX_MESSAGE_LENGTH = 2000;
    static final int PAGE_SIZE = 10;
    static final int MAX_PAGE = 20;
    private static final int SUMMARY_CACHE_SIZE = 512;
    private static final int PAPER_CACHE_SIZE = 64;
    /** Ratings given through other processes show after this long; this app's own at once. */
    private static final long RATINGS_TTL_NANOS = 5_000_000_000L;
    private static final Pattern CATEGORY = Pattern.compile("[a-z-]{2,16}(\\.[A-Za-z-]{2,8})?");

    /** A search as the user asked it. */
    record Search(String query, String category, LocalDate from, LocalDate to, SearchQuery.SortOrder sort, int page) {
    }

    private final Papyri papyri;
    private final Optional<Experiment> experiment;
    private final WebMetrics metrics;
    private final RecentCache<String, Summary> summaries = RecentCache.bounded(SUMMARY_CACHE_SIZE);
    // a stored paper.json never changes, so a parsed paper stays valid while it is cached
    private final RecentCache<PaperId, Paper> papers = RecentCache.bounded(PAPER_CACHE_SIZE);
    private final RecentCache<PaperId, List<RatingAggregate>> ratings =
            new RecentCache<>(PAPER_CACHE_SIZE, RATINGS_TTL_NANOS, System::nanoTime);

    PaperReading(Papyri papyri, Optional<Experiment> experiment, WebMetrics metrics) {
        this.papyri = papyri;
        this.experiment = experiment;
        this.metrics = metrics;
    }

    Papyri papyri() {
        return papyri;
    }

    /** Checks and builds a search from request parameters (null when absent). */
    static Search search(String query, String category, String from, String to, String sort, String page) {
        if (query == null || query.isBlank()) {
            throw Problem.badRequest("Give a query in q, such as q=transformer or q=ti:attention AND cat:cs.CL.");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw Problem.badRequest("The query has " + query.length() + " characters; shorten it to at most "
                    + MAX_QUERY_LENGTH + ".");
        }
        String cat = blankToNull(category);
        if (cat != null && !CATEGORY.matcher(cat).matches()) {
            throw Problem.badRequest("category '" + cat + "' is not an arXiv category; use one such as cs.CL or math.");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw Problem.badRequest("from " + fromDate + " is after to " + toDate + "; swap them.");
        }
        SearchQuery.SortOrder order = switch (blankToNull(sort) == null ? "relevance" : sort.strip()) {
            case "relevance" -> SearchQuery.SortOrder.RELEVANCE;
            case "submitted" -> SearchQuery.SortOrder.SUBMITTED;
            case "updated" -> SearchQuery.SortOrder.UPDATED;
            default -> throw Problem.badRequest("sort '" + sort + "' is unknown; use relevance, submitted or updated.");
        };
        int pageNumber = integer("page", page, 1, 1, MAX_PAGE);
        return new Search(query.strip(), cat, fromDate, toDate, order, pageNumber);
    }

    /** One page of arXiv results. */
    List<PaperMetadata> results(Search search) {
        String text = search.category() == null ? search.query()
                : "(" + search.query() + ") AND cat:" + search.category();
        SearchQuery query = new SearchQuery(text, search.page() * PAGE_SIZE, search.sort(), true, search.from(),
                search.to());
        try (var results = papyri.search(query)) {
            return results.skip((long) (search.page() - 1) * PAGE_SIZE).limit(PAGE_SIZE).toList();
        }
    }

    /** Parses a paper id from a path, refusing anything that is not an id. */
    static PaperId paperId(String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            throw Problem.badRequest("Give a paper id such as arxiv:1706.03762.");
        }
        try {
            PaperId id = PaperId.parse(text.contains(":") ? text : "arxiv:" + text);
            if (id.scheme().equals("arxiv")) {
                ArxivId.of(id);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("'" + text + "' is not a paper id; use one such as arxiv:1706.03762 ("
                    + e.getMessage() + ").");
        }
    }

    static SummaryStyle style(String text) {
        if (text == null || text.isBlank()) {
            return SummaryStyle.ABSTRACT;
        }
        return switch (text.strip()) {
            case "tldr" -> SummaryStyle.TLDR;
            case "abstract" -> SummaryStyle.ABSTRACT;
            case "sections" -> SummaryStyle.SECTIONS;
            default -> throw Problem.badRequest("style '" + text + "' is unknown; use tldr, abstract or sections.");
        };
    }

    /** The paper if the store has read it; it is never downloaded here. */
    Optional<Paper> stored(PaperId id) {
        RecentCache.Lookup<Paper> lookup = papers.get(id, key -> papyri.stored(key).orElse(null));
        metrics.cache("paper", lookup.hit());
        return Optional.ofNullable(lookup.value());
    }

    /** The paper's rating aggregates per target, fresh within a few seconds. */
    List<RatingAggregate> ratings(PaperId id) {
        return ratings.get(id, papyri::paperRatings).value();
    }

    Paper require(PaperId id) {
        return stored(id).orElseThrow(() -> Problem.notFound("Paper " + id + " is not in the library yet; open"
                + " /papers/" + id + " (or GET /api/papers/" + id + "/progress) to read it first."));
    }

    /** A summary, from the cache unless an experiment varies summaries. */
    Summary summary(Paper paper, SummaryStyle style, String user) {
        Optional<AssignedVariant> assigned = assigned(FeedbackTarget.SUMMARY, user);
        if (assigned.isPresent()) {
            return assigned.get().summarize(paper, style);
        }
        RecentCache.Lookup<Summary> lookup = summaries.get(paper.id() + "\0" + style,
                key -> papyri.summarize(paper, style));
        metrics.cache("summary", lookup.hit());
        return lookup.value();
    }

    Answer answer(Paper paper, String question, String user) {
        String asked = text("question", question, MAX_QUESTION_LENGTH);
        return assigned(FeedbackTarget.ANSWER, user).map(a -> a.answer(paper, asked))
                .orElseGet(() -> papyri.answer(paper, asked));
    }

    ChatSession startChat(Paper paper, String user) {
        return chatVariant(user).map(a -> a.startChat(paper)).orElseGet(() -> papyri.startChat(paper));
    }

    ChatSession reply(Paper paper, String sessionId, String message, String user) {
        String said = text("message", message, MAX_MESSAGE_LENGTH);
        ChatSession session;
        try {
            session = papyri.chatSession(paper.id(), sessionId).orElseThrow(() -> Problem.notFound("No chat "
                    + sessionId + " about " + paper.id() + "; start one with POST /api/papers/" + paper.id() + "/chats."));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        return chatVariant(user).map(a -> a.reply(paper, session, said))
                .orElseGet(() -> papyri.reply(paper, session, said));
    }

    Rating rate(String outputId, Integer score, String comment, List<String> tags, String user, String key) {
        if (outputId == null || outputId.isBlank()) {
            throw Problem.badRequest("Give output_id: the id printed with the summary, answer or chat reply.");
        }
        if (score == null) {
            throw Problem.badRequest("Give score: a whole number from 1 to 5.");
        }
        String idempotencyKey = key == null || key.isBlank() ? UUID.randomUUID().toString() : key.strip();
        Rating rating = papyri.rate(outputId.strip(), score, comment == null ? "" : comment.strip(),
                tags == null ? List.of() : tags, user, idempotencyKey);
        ratings.invalidate(rating.paperId());
        return rating;
    }

    private Optional<AssignedVariant> assigned(FeedbackTarget target, String user) {
        return experiment.filter(e -> e.target() == target).map(e -> papyri.assign(e, user));
    }

    private Optional<AssignedVariant> chatVariant(String user) {
        return experiment.filter(e -> e.target() == FeedbackTarget.CHAT || e.target() == FeedbackTarget.CHAT_REPLY)
                .map(e -> papyri.assign(e, user));
    }

    static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw Problem.badRequest("Give " + name + ": it is empty.");
        }
        if (value.length() > max) {
            throw Problem.badRequest(name + " has " + value.length() + " characters; shorten it to at most " + max + ".");
        }
        return value.strip();
    }

    static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw Problem.badRequest(name + " must be from " + min + " to " + max + ", was " + parsed + ".");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name + " '" + value + "' is not a whole number.");
        }
    }

    private static LocalDate date(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (RuntimeException e) {
            throw Problem.badRequest(name + " '" + value + "' is not a date; use yyyy-mm-dd.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
