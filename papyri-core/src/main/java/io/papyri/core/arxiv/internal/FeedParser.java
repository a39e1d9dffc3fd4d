package io.papyri.core.arxiv.internal;

import io.papyri.core.arxiv.ArxivEntry;
import io.papyri.core.arxiv.ArxivFeed;
import io.papyri.core.arxiv.ArxivId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads arXiv's Atom feeds, both the older style (namespaces declared on each element, wrapped
 * and indented text) and the current one, into {@link ArxivFeed}s.
 *
 * <p>Hostile input is refused: a DOCTYPE makes the parse fail before anything is resolved, and
 * external entities and DTDs are switched off in the parser as well. Thread-safe.
 */
public final class FeedParser {

    /** The Atom namespace. */
    public static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The OpenSearch namespace of {@code totalResults}, {@code startIndex} and {@code itemsPerPage}. */
    public static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
    /** arXiv's own namespace: {@code doi}, {@code comment}, {@code journal_ref}, {@code primary_category}, {@code affiliation}. */
    public static final String ARXIV = "http://arxiv.org/schemas/atom";

    private static final Logger LOG = LoggerFactory.getLogger(FeedParser.class);

    private final XMLInputFactory factory = secureFactory();

    /**
     * Parses one response body.
     *
     * @param body the bytes as received; the encoding comes from the XML declaration
     * @return the feed, or arXiv's error
     * @throws FeedFormatException when the body is not an Atom feed, declares a DOCTYPE, or holds a
     *                             value that cannot be read (an entry id that is not an arXiv id, a bad date)
     */
    public ParsedFeed parse(byte[] body) throws FeedFormatException {
        XMLStreamReader reader = null;
        try {
            synchronized (factory) {
                reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            }
            if (!nextChild(reader)) {
                throw new FeedFormatException("the response has no root element");
            }
            if (!ATOM.equals(reader.getNamespaceURI()) || !"feed".equals(reader.getLocalName())) {
                throw new FeedFormatException("the root element is <" + reader.getName() + ">, not an Atom <feed>");
            }
            return readFeed(reader);
        } catch (XMLStreamException e) {
            throw new FeedFormatException("the response is not well-formed XML: " + e.getMessage(), e);
        } finally {
            close(reader);
        }
    }

    private ParsedFeed readFeed(XMLStreamReader reader) throws XMLStreamException, FeedFormatException {
        int total = -1;
        int startIndex = 0;
        int itemsPerPage = 0;
        Instant updated = null;
        List<ArxivEntry> entries = new ArrayList<>();
        String errorId = null;
        String errorMessage = null;
        while (nextChild(reader)) {
            String ns = reader.getNamespaceURI();
            String name = reader.getLocalName();
            if (OPENSEARCH.equals(ns) && "totalResults".equals(name)) {
                total = number(readText(reader), name);
            } else if (OPENSEARCH.equals(ns) && "startIndex".equals(name)) {
                startIndex = number(readText(reader), name);
            } else if (OPENSEARCH.equals(ns) && "itemsPerPage".equals(name)) {
                itemsPerPage = number(readText(reader), name);
            } else if (ATOM.equals(ns) && "updated".equals(name)) {
                updated = instant(readText(reader));
            } else if (ATOM.equals(ns) && "entry".equals(name)) {
                RawEntry raw = readEntry(reader);
                if (raw.isError()) {
                    errorId = raw.id;
                    errorMessage = Whitespace.normalize(raw.summary);
                } else if (raw.id == null || raw.id.isBlank()) {
                    LOG.warn("Skipped an arXiv feed entry without an <id> (title '{}')", raw.title);
                } else {
                    entries.add(raw.toEntry());
                }
            } else {
                skip(reader);
            }
        }
        ArxivFeed feed = new ArxivFeed(total, startIndex, itemsPerPage, updated, errorId == null ? entries : List.of());
        return new ParsedFeed(feed, errorId, errorMessage);
    }

    private RawEntry readEntry(XMLStreamReader reader) throws XMLStreamException, FeedFormatException {
        RawEntry entry = new RawEntry();
        while (nextChild(reader)) {
            String ns = reader.getNamespaceURI();
            String name = reader.getLocalName();
            if (ATOM.equals(ns)) {
                switch (name) {
                    case "id" -> entry.id = Whitespace.normalize(readText(reader));
                    case "title" -> entry.title = readText(reader);
                    case "summary" -> entry.summary = readText(reader);
                    case "published" -> entry.published = instant(readText(reader));
                    case "updated" -> entry.updated = instant(readText(reader));
                    case "author" -> entry.authors.add(readAuthor(reader));
                    case "link" -> {
                        link(reader).ifPresent(entry.links::add);
                        skip(reader);
                    }
                    case "category" -> {
                        String term = Whitespace.normalize(reader.getAttributeValue(null, "term"));
                        if (term != null && !term.isEmpty()) {
                            entry.categories.add(term);
                        }
                        skip(reader);
                    }
                    default -> skip(reader);
                }
            } else if (ARXIV.equals(ns)) {
                switch (name) {
                    case "primary_category" -> {
                        entry.primaryCategory = Whitespace.normalize(reader.getAttributeValue(null, "term"));
                        skip(reader);
                    }
                    case "doi" -> entry.doi = readText(reader);
                    case "journal_ref" -> entry.journalRef = readText(reader);
                    case "comment" -> entry.comment = readText(reader);
                    default -> skip(reader);
                }
            } else {
                skip(reader);
            }
        }
        return entry;
    }

    private ArxivEntry.Author readAuthor(XMLStreamReader reader) throws XMLStreamException, FeedFormatException {
        String name = "";
        List<String> affiliations = new ArrayList<>();
        while (nextChild(reader)) {
            String ns = reader.getNamespaceURI();
            String local = reader.getLocalName();
            if (ATOM.equals(ns) && "name".equals(local)) {
                name = Whitespace.normalize(readText(reader));
            } else if (ARXIV.equals(ns) && "affiliation".equals(local)) {
                String affiliation = Whitespace.normalize(readText(reader));
                if (!affiliation.isEmpty()) {
                    affiliations.add(affiliation);
                }
            } else {
                skip(reader);
            }
        }
        return new ArxivEntry.Author(name, affiliations);
    }

    private static Optional<ArxivEntry.Link> link(XMLStreamReader reader) {
        String href = reader.getAttributeValue(null, "href");
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ArxivEntry.Link(new URI(href.strip()), reader.getAttributeValue(null, "rel"),
                    reader.getAttributeValue(null, "type"), reader.getAttributeValue(null, "title")));
        } catch (URISyntaxException e) {
            LOG.debug("Skipped an arXiv feed link that is not a URI: {}", href);
            return Optional.empty();
        }
    }

    /**
     * Moves to the next child element of the current element.
     *
     * @return {@code true} at the child's start tag, {@code false} at the current element's end tag
     */
    private static boolean nextChild(XMLStreamReader reader) throws XMLStreamException, FeedFormatException {
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    return true;
                case XMLStreamConstants.END_ELEMENT:
                case XMLStreamConstants.END_DOCUMENT:
                    return false;
                case XMLStreamConstants.DTD:
                    throw new FeedFormatException("the response declares a DOCTYPE, which arXiv's feeds never do;"
                            + " it was refused without reading it");
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw new FeedFormatException("the response refers to an entity (&" + reader.getLocalName()
                            + ";) that is not defined by XML itself; it was refused");
                default:
                    // text between elements, comments and processing instructions carry nothing
            }
        }
        return false;
    }

    /** Reads the text of the current element, including that of nested elements, up to its end tag. */
    private static String readText(XMLStreamReader reader) throws XMLStreamException, FeedFormatException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new FeedFormatException(
                        "the response refers to an entity (&" + reader.getLocalName() + ";) that is not defined by"
                                + " XML itself; it was refused");
                default -> {
                }
            }
        }
        return text.toString();
    }

    /** Skips the current element and everything in it. */
    private static void skip(XMLStreamReader reader) throws XMLStreamException, FeedFormatException {
        readText(reader);
    }

    private static int number(String text, String element) throws FeedFormatException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new FeedFormatException("<" + element + "> is not a whole number: '" + shorten(text) + "'", e);
        }
    }

    private static Instant instant(String text) throws FeedFormatException {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new FeedFormatException("'" + shorten(value) + "' is not an ISO-8601 date-time", e);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    private static XMLInputFactory secureFactory() {
        // the JDK's own implementation, whatever StAX parser is on the class path, so the settings below are known
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                LOG.debug("Could not close an XML reader", e);
            }
        }
    }

    /** An entry as read, before it is checked and normalized. */
    private static final class RawEntry {
        private String id;
        private String title = "";
        private String summary = "";
        private Instant published;
        private Instant updated;
        private final List<ArxivEntry.Author> authors = new ArrayList<>();
        private final List<String> categories = new ArrayList<>();
        private String primaryCategory;
        private String doi;
        private String journalRef;
        private String comment;
        private final List<ArxivEntry.Link> links = new ArrayList<>();

        boolean isError() {
            return id != null && id.matches("https?://(?:export\\.)?arxiv\\.org/api/errors.*");
        }

        ArxivEntry toEntry() throws FeedFormatException {
            return new ArxivEntry(arxivId(id), Whitespace.normalize(title), authors, Whitespace.normalize(summary),
                    categories, emptyToNull(primaryCategory), published, updated, optional(doi), optional(journalRef),
                    optional(comment), links);
        }

        private static ArxivId arxivId(String atomId) throws FeedFormatException {
            int abs = atomId.indexOf("/abs/");
            String id = abs >= 0 ? atomId.substring(abs + "/abs/".length()) : atomId;
            try {
                return ArxivId.parse(id);
            } catch (IllegalArgumentException e) {
                throw new FeedFormatException("an entry's <id> '" + shorten(atomId) + "' does not name an arXiv paper", e);
            }
        }

        private static String optional(String text) {
            return emptyToNull(Whitespace.normalize(text));
        }

        private static String emptyToNull(String text) {
            return text == null || text.isEmpty() ? null : text;
        }
    }
}
