package io.papyri.examples.web;

/**
 * Builds HTML pages. Every piece of text that comes from a paper, a source or a user goes through
 * {@link #text}, which escapes it, so a title holding {@code <script>} is shown, never run.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /**
     * Escapes text for use between tags and in quoted attribute values.
     *
     * @param value the text, null for none
     * @return the escaped text
     */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Appends markup written in this code base (never data). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    Html text(String value) {
        out.append(escape(value));
        return this;
    }

    /**
     * Starts a page: the document head, the header with the search box, and the main element.
     *
     * @param title     the page title (escaped)
     * @param csrfToken the token the page's script sends with state-changing requests
     * @return this
     */
    Html open(String title, String csrfToken) {
        raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"csrf-token\" content=\"").text(csrfToken).raw("\">"
                + "<title>").text(title).raw(" · Papyri</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/app.css\">"
                + "<script src=\"/assets/app.js\" defer></script></head><body>"
                + "<header><a class=\"brand\" href=\"/\">Papyri</a>"
                + "<form class=\"quick-search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<label for=\"q-top\" class=\"visually-hidden\">Search arXiv</label>"
                + "<input id=\"q-top\" name=\"q\" type=\"search\" placeholder=\"Search arXiv\" maxlength=\"500\">"
                + "<button type=\"submit\">Search</button></form>"
                + "<nav><a href=\"/library\">Library</a> <a href=\"/docs\">API</a></nav></header><main>");
        return this;
    }

    /** @return the markup so far, for a fragment that is not a whole page */
    @Override
    public String toString() {
        return out.toString();
    }

    /** Ends the page. */
    String close() {
        raw("</main><footer>Papyri · every summary sentence and answer cites its section and page</footer>"
                + "</body></html>");
        return out.toString();
    }
}
