package io.papyri.core.arxiv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds responses in the exact format of arXiv's API: the current style (namespaces declared once
 * on {@code <feed>}, https links, element order as in {@code corpus/arxiv-api/search-testing-start10-max10.atom.xml})
 * and the 2016 style (namespaces on each element, "ArXiv Query:" titles, http links, wrapped and
 * indented text, as in {@code id_list-1111.2011v2.2016.atom.xml}), and arXiv's error feed.
 */
public final class AtomFeeds {

    /**
     * An author as the feed lists one.
     *
     * @param name         the name
     * @param affiliations the affiliations, often none
     */
    public record Author(String name, List<String> affiliations) {
    }

    /**
     * What one entry says.
     *
     * @param id         the id with version, such as {@code 2101.00001v1}
     * @param title      the title as it appears in the XML (may be wrapped)
     * @param summary    the abstract as it appears in the XML
     * @param authors    the authors
     * @param categories the categories, primary first
     * @param published  the published date-time
     * @param updated    the updated date-time
     * @param doi        the DOI or {@code null}
     * @param journalRef the journal reference or {@code null}
     * @param comment    the comment or {@code null}
     */
    public record Entry(String id, String title, String summary, List<Author> authors, List<String> categories,
                        String published, String updated, String doi, String journalRef, String comment) {

        /**
         * A plain entry with made-up but well-formed values.
         *
         * @param id the id with version
         * @return the entry
         */
        public static Entry of(String id) {
            return new Entry(id, "Paper " + id, "The abstract of " + id + ".",
                    List.of(new Author("Ada Lovelace", List.of())), List.of("cs.LG"), "2021-01-04T10:00:00Z",
                    "2021-01-05T11:00:00Z", null, null, null);
        }
    }

    private AtomFeeds() {
    }

    /**
     * Plain entries with consecutive new-style ids {@code 2101.<n>v1}.
     *
     * @param first the first number
     * @param count how many
     * @return the entries
     */
    public static List<Entry> numbered(int first, int count) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(Entry.of(String.format(Locale.ROOT, "2101.%05dv1", first + i)));
        }
        return entries;
    }

    /**
     * A results feed in the current style.
     *
     * @param query        the search_query echoed in the title
     * @param total        {@code opensearch:totalResults}
     * @param start        {@code opensearch:startIndex}
     * @param itemsPerPage {@code opensearch:itemsPerPage}
     * @param entries      the entries
     * @return the XML
     */
    public static String modern(String query, int total, int start, int itemsPerPage, List<Entry> entries) {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version='1.0' encoding='UTF-8'?>\n")
                .append("<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>https://arxiv.org/api/MKOJ+ORVu4SuYinV8INxq9Rx3SA</id>\n")
                .append("  <title>arXiv Query: search_query=").append(escape(query)).append("&amp;id_list=&amp;start=")
                .append(start).append("&amp;max_results=").append(itemsPerPage).append("</title>\n")
                .append("  <updated>2026-04-12T22:09:40Z</updated>\n")
                .append("  <link href=\"https://arxiv.org/api/query?search_query=").append(escape(query))
                .append("&amp;start=").append(start).append("&amp;max_results=").append(itemsPerPage)
                .append("&amp;id_list=\" type=\"application/atom+xml\"/>\n")
                .append("  <opensearch:itemsPerPage>").append(itemsPerPage).append("</opensearch:itemsPerPage>\n")
                .append("  <opensearch:totalResults>").append(total).append("</opensearch:totalResults>\n")
                .append("  <opensearch:startIndex>").append(start).append("</opensearch:startIndex>\n");
        for (Entry entry : entries) {
            xml.append("  <entry>\n")
                    .append("    <id>http://arxiv.org/abs/").append(entry.id()).append("</id>\n")
                    .append("    <title>").append(escape(entry.title())).append("</title>\n")
                    .append("    <updated>").append(entry.updated()).append("</updated>\n")
                    .append("    <link href=\"https://arxiv.org/abs/").append(entry.id()).append("\" rel=\"alternate\" type=\"text/html\"/>\n")
                    .append("    <link href=\"https://arxiv.org/pdf/").append(entry.id()).append("\" rel=\"related\" type=\"application/pdf\" title=\"pdf\"/>\n")
                    .append("    <summary>").append(escape(entry.summary())).append("</summary>\n");
            for (String category : entry.categories()) {
                xml.append("    <category term=\"").append(category).append("\" scheme=\"http://arxiv.org/schemas/atom\"/>\n");
            }
            xml.append("    <published>").append(entry.published()).append("</published>\n");
            if (entry.comment() != null) {
                xml.append("    <arxiv:comment>").append(escape(entry.comment())).append("</arxiv:comment>\n");
            }
            if (entry.journalRef() != null) {
                xml.append("    <arxiv:journal_ref>").append(escape(entry.journalRef())).append("</arxiv:journal_ref>\n");
            }
            xml.append("    <arxiv:primary_category term=\"").append(entry.categories().get(0)).append("\"/>\n");
            for (Author author : entry.authors()) {
                xml.append("    <author>\n      <name>").append(escape(author.name())).append("</name>\n");
                for (String affiliation : author.affiliations()) {
                    xml.append("      <arxiv:affiliation>").append(escape(affiliation)).append("</arxiv:affiliation>\n");
                }
                xml.append("    </author>\n");
            }
            if (entry.doi() != null) {
                xml.append("    <arxiv:doi>").append(escape(entry.doi())).append("</arxiv:doi>\n")
                        .append("    <link rel=\"related\" href=\"https://doi.org/").append(escape(entry.doi()))
                        .append("\" title=\"doi\"/>\n");
            }
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /**
     * A results feed in the 2016 style.
     *
     * @param idList  the id_list echoed in the title
     * @param total   {@code opensearch:totalResults}
     * @param entries the entries
     * @return the XML
     */
    public static String legacy(String idList, int total, List<Entry> entries) {
        String os = " xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\"";
        String ax = " xmlns:arxiv=\"http://arxiv.org/schemas/atom\"";
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <link href=\"http://arxiv.org/api/query?search_query%3D%26id_list%3D").append(idList)
                .append("%26start%3D0%26max_results%3D10\" rel=\"self\" type=\"application/atom+xml\"/>\n")
                .append("  <title type=\"html\">ArXiv Query: search_query=&amp;id_list=").append(idList)
                .append("&amp;start=0&amp;max_results=10</title>\n")
                .append("  <id>http://arxiv.org/api/VQIAl76NSsUAVMxIWuZHfsSl2Fs</id>\n")
                .append("  <updated>2016-10-09T00:00:00-04:00</updated>\n")
                .append("  <opensearch:totalResults").append(os).append(">").append(total).append("</opensearch:totalResults>\n")
                .append("  <opensearch:startIndex").append(os).append(">0</opensearch:startIndex>\n")
                .append("  <opensearch:itemsPerPage").append(os).append(">10</opensearch:itemsPerPage>\n");
        for (Entry entry : entries) {
            xml.append("  <entry>\n")
                    .append("    <id>http://arxiv.org/abs/").append(entry.id()).append("</id>\n")
                    .append("    <updated>").append(entry.updated()).append("</updated>\n")
                    .append("    <published>").append(entry.published()).append("</published>\n")
                    .append("    <title>").append(escape(entry.title())).append("</title>\n")
                    .append("    <summary>  ").append(escape(entry.summary())).append("\n</summary>\n");
            for (Author author : entry.authors()) {
                xml.append("    <author>\n      <name>").append(escape(author.name())).append("</name>\n");
                for (String affiliation : author.affiliations()) {
                    xml.append("      <arxiv:affiliation").append(ax).append(">").append(escape(affiliation))
                            .append("</arxiv:affiliation>\n");
                }
                xml.append("    </author>\n");
            }
            if (entry.doi() != null) {
                xml.append("    <arxiv:doi").append(ax).append(">").append(escape(entry.doi())).append("</arxiv:doi>\n")
                        .append("    <link title=\"doi\" href=\"http://dx.doi.org/").append(escape(entry.doi()))
                        .append("\" rel=\"related\"/>\n");
            }
            if (entry.comment() != null) {
                xml.append("    <arxiv:comment").append(ax).append(">").append(escape(entry.comment())).append("</arxiv:comment>\n");
            }
            if (entry.journalRef() != null) {
                xml.append("    <arxiv:journal_ref").append(ax).append(">").append(escape(entry.journalRef()))
                        .append("</arxiv:journal_ref>\n");
            }
            xml.append("    <link href=\"http://arxiv.org/abs/").append(entry.id()).append("\" rel=\"alternate\" type=\"text/html\"/>\n")
                    .append("    <link title=\"pdf\" href=\"http://arxiv.org/pdf/").append(entry.id())
                    .append("\" rel=\"related\" type=\"application/pdf\"/>\n")
                    .append("    <arxiv:primary_category").append(ax).append(" term=\"").append(entry.categories().get(0))
                    .append("\" scheme=\"http://arxiv.org/schemas/atom\"/>\n");
            for (String category : entry.categories()) {
                xml.append("    <category term=\"").append(category).append("\" scheme=\"http://arxiv.org/schemas/atom\"/>\n");
            }
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /**
     * arXiv's error feed, as for {@code id_list=abc}.
     *
     * @param errorId the fragment, such as {@code incorrect_id_format_for_abc}
     * @param message the message, such as {@code incorrect id format for abc}
     * @return the XML
     */
    public static String error(String errorId, String message) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "  <id>https://arxiv.org/</id>\n"
                + "  <title>arXiv Search Results</title>\n"
                + "  <updated>2026-04-12T22:59:06Z</updated>\n"
                + "  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>\n"
                + "  <opensearch:totalResults>1</opensearch:totalResults>\n"
                + "  <opensearch:startIndex>0</opensearch:startIndex>\n"
                + "  <entry>\n"
                + "    <id>https://arxiv.org/api/errors#" + errorId + "</id>\n"
                + "    <title>Error</title>\n"
                + "    <updated>2026-04-12T22:59:06Z</updated>\n"
                + "    <link href=\"https://arxiv.org/api/errors#" + errorId + "\" rel=\"alternate\" type=\"text/html\"/>\n"
                + "    <summary>" + escape(message) + "</summary>\n"
                + "    <author>\n"
                + "      <name>arXiv api core</name>\n"
                + "    </author>\n"
                + "  </entry>\n"
                + "</feed>\n";
    }

    /**
     * The empty feed arXiv sends for a well-formed id it does not have.
     *
     * @param idList the id list echoed
     * @return the XML
     */
    public static String empty(String idList) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "  <id>https://arxiv.org/api/oqaUC9OB2SccftmJHZqrxySXrao</id>\n"
                + "  <title>arXiv Query: search_query=&amp;id_list=" + idList + "&amp;start=0&amp;max_results=100</title>\n"
                + "  <updated>2026-04-12T22:09:26Z</updated>\n"
                + "  <link href=\"https://arxiv.org/api/query?search_query=&amp;start=0&amp;max_results=100&amp;id_list="
                + idList + "\" type=\"application/atom+xml\"/>\n"
                + "  <opensearch:itemsPerPage>100</opensearch:itemsPerPage>\n"
                + "  <opensearch:totalResults>0</opensearch:totalResults>\n"
                + "  <opensearch:startIndex>0</opensearch:startIndex>\n"
                + "</feed>\n";
    }

    /** @param entries entries @return their ids, for assertions */
    public static List<String> ids(List<Entry> entries) {
        return entries.stream().map(Entry::id).collect(Collectors.toList());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
