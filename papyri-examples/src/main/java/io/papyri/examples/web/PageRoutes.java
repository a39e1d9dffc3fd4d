package io.papyri.examples.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import io.papyri.api.PaperRecord;
import io.papyri.api.Paragraph;
import io.papyri.api.RatingAggregate;
import io.papyri.api.Section;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pages: search, library, and a paper with its summary, readable text, ask box, chat and
 * ratings. Rendered on the server; {@code /assets/app.js} adds asking, chatting, rating and progress.
 */
final class PageRoutes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** A paper's readable text, rendered once: the HTML and the anchor of each paragraph and section. */
    private record PaperText(String html, Map<String, String> anchors) {
    }

    private final PaperReading reading;
    private final RecentCache<PaperId, PaperText> texts = RecentCache.bounded(64);

    PageRoutes(PaperReading reading) {
        this.reading = reading;
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.get("/search", this::search);
        routes.get("/library", this::library);
        routes.get("/papers/{id}", this::paper);
    }

    private void home(Context ctx) {
        Html page = new Html().open("Read scientific papers", Visitor.csrfToken(ctx));
        page.raw("<h1>Search arXiv</h1>");
        searchForm(page, null);
        page.raw("<p>Or open a paper of <a href=\"/library\">your library</a>.</p>");
        ctx.html(page.close());
    }

    private void search(Context ctx) {
        PaperReading.Search search = PaperReading.search(ctx.queryParam("q"), ctx.queryParam("category"),
                ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("sort"), ctx.queryParam("page"));
        RequestFacts facts = RequestFacts.of(ctx).put("query", search.query());
        List<PaperMetadata> results = facts.time("search", () -> reading.results(search));
        List<PaperRecord> local = facts.time("library", () -> reading.papyri().library()).stream()
                .filter(r -> matches(r, search.query())).limit(10).toList();
        facts.put("results", String.valueOf(results.size()));
        Html page = new Html().open("Search: " + search.query(), Visitor.csrfToken(ctx));
        page.raw("<h1>Search</h1>");
        searchForm(page, search);
        if (!local.isEmpty()) {
            page.raw("<section aria-labelledby=\"local-h\"><h2 id=\"local-h\">In your library</h2><ul class=\"results\">");
            for (PaperRecord record : local) {
                page.raw("<li><a href=\"").text(paperHref(record.id())).raw("\">")
                        .text(record.title().isEmpty() ? record.id().toString() : record.title()).raw("</a></li>");
            }
            page.raw("</ul></section>");
        }
        page.raw("<section aria-labelledby=\"arxiv-h\"><h2 id=\"arxiv-h\">arXiv, page ").text(String.valueOf(search.page()))
                .raw("</h2>");
        if (results.isEmpty()) {
            page.raw("<p>No papers match.</p>");
        }
        page.raw("<ol class=\"results\" start=\"").text(String.valueOf((search.page() - 1) * PaperReading.PAGE_SIZE + 1))
                .raw("\">");
        for (PaperMetadata paper : results) {
            page.raw("<li class=\"result\"><a class=\"result-title\" href=\"").text(paperHref(paper.id())).raw("\">")
                    .text(paper.title()).raw("</a><div class=\"meta\">").text(String.join(", ", paper.authors()));
            paper.publishedAt().ifPresent(at -> page.raw(" · ").text(DAY.format(at.atZone(java.time.ZoneOffset.UTC))));
            page.raw(" · ").text(paper.id().toString()).raw("</div><p class=\"snippet\">")
                    .text(snippet(paper.abstractText(), 300)).raw("</p></li>");
        }
        page.raw("</ol>");
        pager(page, ctx, search, results.size());
        page.raw("</section>");
        ctx.html(page.close());
    }

    private void library(Context ctx) {
        List<PaperRecord> records = RequestFacts.of(ctx).time("library", () -> reading.papyri().library());
        Html page = new Html().open("Library", Visitor.csrfToken(ctx));
        page.raw("<h1>Library</h1>");
        if (records.isEmpty()) {
            page.raw("<p>No papers yet: search arXiv and open one.</p>");
        }
        page.raw("<ul class=\"results\">");
        for (PaperRecord record : records) {
            page.raw("<li><a href=\"").text(paperHref(record.id())).raw("\">")
                    .text(record.title().isEmpty() ? record.id().toString() : record.title()).raw("</a>")
                    .raw("<div class=\"meta\">").text(String.join(", ", record.authors())).raw(" · ")
                    .text(ratingLine(reading.ratings(record.id()))).raw("</div></li>");
        }
        page.raw("</ul>");
        ctx.html(page.close());
    }

    private void paper(Context ctx) {
        PaperId id = PaperReading.paperId(ctx.pathParam("id"));
        RequestFacts facts = RequestFacts.of(ctx).put("paper", id.toString());
        SummaryStyle style = PaperReading.style(ctx.queryParam("style"));
        Optional<Paper> stored = facts.time("load", () -> reading.stored(id));
        if (stored.isEmpty()) {
            preparing(ctx, id);
            return;
        }
        Paper paper = stored.get();
        Summary summary = facts.time("summarize", () -> reading.summary(paper, style, Visitor.of(ctx)));
        facts.put("provider", summary.provenance().provider()).put("output", summary.outputId());
        PaperText text = texts.get(paper.id(), key -> new PaperText(readerHtml(paper), anchors(paper))).value();
        Html page = facts.time("render", () -> render(ctx, paper, style, summary, text));
        ctx.html(page.close());
    }

    private Html render(Context ctx, Paper paper, SummaryStyle style, Summary summary, PaperText text) {
        Map<String, String> anchors = text.anchors();
        Html page = new Html().open(paper.title(), Visitor.csrfToken(ctx));
        page.raw("<article class=\"paper\" data-paper=\"").text(paper.id().toString()).raw("\">");
        page.raw("<h1 id=\"paper-title\">").text(paper.title()).raw("</h1><p class=\"meta\">")
                .text(String.join(", ", paper.authors())).raw(" · ").text(paper.id().toString()).raw(" · ")
                .text(ratingLine(reading.ratings(paper.id()))).raw("</p>");

        page.raw("<section class=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Summary</h2>")
                .raw("<nav class=\"styles\" aria-label=\"Summary style\">");
        for (SummaryStyle s : SummaryStyle.values()) {
            String name = s.name().toLowerCase(Locale.ROOT);
            page.raw(s == style ? "<strong aria-current=\"true\">" : "<a href=\"?style=" + name + "\">")
                    .text(name).raw(s == style ? "</strong> " : "</a> ");
        }
        page.raw("</nav><div id=\"summary-text\">");
        for (Summary.Sentence sentence : summary.sentences()) {
            String anchor = anchorOf(anchors, sentence.source().text(), sentence.source().section());
            page.raw("<p class=\"sentence\">").text(sentence.text()).raw(" <a class=\"citation\" href=\"#")
                    .text(anchor).raw("\">[").text(sentence.source().section()).raw(", p. ")
                    .text(String.valueOf(sentence.source().page())).raw("]</a></p>");
        }
        page.raw("</div>");
        rating(page, summary.outputId(), "summary");
        page.raw("</section>");

        page.raw("<section class=\"ask\" aria-labelledby=\"ask-h\"><h2 id=\"ask-h\">Ask</h2>"
                + "<form id=\"ask-form\"><label for=\"question\">Question about the paper</label>"
                + "<input id=\"question\" name=\"question\" maxlength=\"" + PaperReading.MAX_QUESTION_LENGTH
                + "\" required><button type=\"submit\">Ask</button></form>"
                + "<div id=\"answers\" aria-live=\"polite\"></div></section>");

        page.raw("<section class=\"chat\" aria-labelledby=\"chat-h\"><h2 id=\"chat-h\">Chat</h2>"
                + "<div id=\"chat-log\" aria-live=\"polite\"></div>"
                + "<form id=\"chat-form\"><label for=\"chat-message\">Message</label>"
                + "<input id=\"chat-message\" name=\"message\" maxlength=\"" + PaperReading.MAX_MESSAGE_LENGTH
                + "\" required><button type=\"submit\">Send</button></form></section>");

        page.raw(text.html());
        page.raw("</article>");
        return page;
    }

    /** The paper's text with an anchor on every section and paragraph, in the order of {@link #anchors}. */
    private static String readerHtml(Paper paper) {
        Html html = new Html();
        html.raw("<section class=\"reader\" aria-labelledby=\"text-h\"><h2 id=\"text-h\">Text</h2>");
        int paragraph = 0;
        html.raw("<h3 id=\"sec-abstract\">Abstract</h3><p id=\"para-0\">").text(paper.abstractText())
                .raw(" <span class=\"page\"></span></p>");
        int sectionNumber = 0;
        for (Section section : paper.sections()) {
            sectionNumber++;
            html.raw("<h3 id=\"sec-" + sectionNumber + "\">").text(section.heading()).raw("</h3>");
            for (Paragraph p : section.paragraphs()) {
                paragraph++;
                html.raw("<p id=\"para-" + paragraph + "\">").text(p.text()).raw(" <span class=\"page\">p. ")
                        .text(String.valueOf(p.page())).raw("</span></p>");
            }
        }
        html.raw("</section>");
        return html.toString();
    }

    /** Paragraph text and section headings to their anchors in the text view. */
    private static Map<String, String> anchors(Paper paper) {
        Map<String, String> anchors = new HashMap<>();
        anchors.put(key(paper.abstractText()), "para-0");
        anchors.put("section:Abstract", "sec-abstract");
        int paragraph = 0;
        int sectionNumber = 0;
        for (Section section : paper.sections()) {
            sectionNumber++;
            anchors.putIfAbsent("section:" + section.heading(), "sec-" + sectionNumber);
            for (Paragraph p : section.paragraphs()) {
                paragraph++;
                anchors.putIfAbsent(key(p.text()), "para-" + paragraph);
            }
        }
        return anchors;
    }

    /** The paragraph a passage was taken from (passages are paragraphs or their start), else its section. */
    private static String anchorOf(Map<String, String> anchors, String passage, String section) {
        String exact = anchors.get(key(passage));
        if (exact != null) {
            return exact;
        }
        return anchors.getOrDefault("section:" + section, "text-h");
    }

    /** The first 80 characters of a text with its white space runs as single spaces. */
    private static String key(String text) {
        StringBuilder key = new StringBuilder(80);
        boolean space = false;
        for (int i = 0; i < text.length() && key.length() < 80; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c);
            }
        }
        return key.toString();
    }

    private void preparing(Context ctx, PaperId id) {
        Html page = new Html().open("Opening " + id, Visitor.csrfToken(ctx));
        page.raw("<h1>Opening ").text(id.toString()).raw("</h1>"
                + "<ol id=\"progress\" data-paper=\"").text(id.toString()).raw("\" aria-live=\"polite\">"
                + "<li>Waiting to start</li></ol>"
                + "<noscript><p>This page needs its script to follow the progress; reload it in a minute.</p></noscript>");
        ctx.html(page.close());
    }

    private static void rating(Html page, String outputId, String what) {
        page.raw("<form class=\"rating\" data-output=\"").text(outputId).raw("\"><fieldset><legend>Rate this ")
                .text(what).raw("</legend>");
        for (int score = 1; score <= 5; score++) {
            page.raw("<label><input type=\"radio\" name=\"score\" value=\"" + score + "\" required> " + score + "</label>");
        }
        page.raw("<label class=\"comment\">Comment <input name=\"comment\" maxlength=\"4000\"></label>"
                + "<button type=\"submit\">Rate</button><span class=\"rating-status\" role=\"status\"></span>"
                + "</fieldset></form>");
    }

    private static void searchForm(Html page, PaperReading.Search search) {
        page.raw("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<label for=\"q\">Query</label><input id=\"q\" name=\"q\" required maxlength=\""
                + PaperReading.MAX_QUERY_LENGTH + "\" value=\"").text(search == null ? "" : search.query()).raw("\">"
                + "<label for=\"category\">Category</label><input id=\"category\" name=\"category\" placeholder=\"cs.CL\""
                + " value=\"").text(search == null || search.category() == null ? "" : search.category()).raw("\">"
                + "<label for=\"from\">From</label><input id=\"from\" name=\"from\" type=\"date\" value=\"")
                .text(search == null || search.from() == null ? "" : search.from().toString()).raw("\">"
                + "<label for=\"to\">To</label><input id=\"to\" name=\"to\" type=\"date\" value=\"")
                .text(search == null || search.to() == null ? "" : search.to().toString()).raw("\">"
                + "<label for=\"sort\">Sort</label><select id=\"sort\" name=\"sort\">");
        for (String sort : List.of("relevance", "submitted", "updated")) {
            boolean chosen = search != null && search.sort().name().equalsIgnoreCase(sort);
            page.raw("<option value=\"" + sort + "\"" + (chosen ? " selected" : "") + ">" + sort + "</option>");
        }
        page.raw("</select><button type=\"submit\">Search</button></form>");
    }

    private static void pager(Html page, Context ctx, PaperReading.Search search, int shown) {
        page.raw("<nav class=\"pager\" aria-label=\"Result pages\">");
        if (search.page() > 1) {
            page.raw("<a rel=\"prev\" href=\"").text(pageHref(ctx, search.page() - 1)).raw("\">Previous</a> ");
        }
        if (shown == PaperReading.PAGE_SIZE && search.page() < PaperReading.MAX_PAGE) {
            page.raw("<a rel=\"next\" href=\"").text(pageHref(ctx, search.page() + 1)).raw("\">Next</a>");
        }
        page.raw("</nav>");
    }

    private static String pageHref(Context ctx, int number) {
        StringBuilder href = new StringBuilder("/search?");
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("page") && !values.isEmpty()) {
                href.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                        .append(java.net.URLEncoder.encode(values.get(0), java.nio.charset.StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        return href.append("page=").append(number).toString();
    }

    static String paperHref(PaperId id) {
        return "/papers/" + id;
    }

    private static boolean matches(PaperRecord record, String query) {
        String title = record.title().toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 && title.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String snippet(String text, int max) {
        String normal = text.replaceAll("\\s+", " ").strip();
        return normal.length() <= max ? normal : normal.substring(0, normal.lastIndexOf(' ', max)) + " …";
    }

    private static String ratingLine(List<RatingAggregate> aggregates) {
        long count = aggregates.stream().mapToLong(RatingAggregate::count).sum();
        if (count == 0) {
            return "not rated yet";
        }
        double mean = aggregates.stream().mapToDouble(a -> a.mean() * a.count()).sum() / count;
        return String.format(Locale.ROOT, "%d ratings, mean %.2f", count, mean);
    }

    /** The page shown when a page request fails: the problem's title and detail, escaped. */
    static String errorPage(Context ctx, Problem problem) {
        Html page = new Html().open(problem.title(), Visitor.csrfToken(ctx));
        page.raw("<h1>").text(problem.title()).raw("</h1><p class=\"problem\">").text(problem.getMessage())
                .raw("</p><p><a href=\"/\">Back to search</a></p>");
        return page.close();
    }
}
