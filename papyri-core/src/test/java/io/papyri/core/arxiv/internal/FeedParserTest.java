package io.papyri.core.arxiv.internal;

import io.papyri.core.arxiv.ArxivEntry;
import io.papyri.core.arxiv.ArxivFeed;
import io.papyri.core.arxiv.ArxivId;
import io.papyri.core.arxiv.AtomFeeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void recorded2016FeedMapsEveryField() throws Exception {
        ParsedFeed parsed = parser.parse(recorded("id_list-1111.2011v2.2016.atom.xml"));

        assertThat(parsed.isError()).isFalse();
        ArxivFeed feed = parsed.feed();
        assertThat(feed.totalResults()).isEqualTo(1);
        assertThat(feed.startIndex()).isZero();
        assertThat(feed.itemsPerPage()).isEqualTo(10);
        assertThat(feed.updated()).isEqualTo(Instant.parse("2016-10-09T04:00:00Z"));
        assertThat(feed.entries()).hasSize(1);

        ArxivEntry entry = feed.entries().get(0);
        assertThat(entry.id()).isEqualTo(ArxivId.parse("1111.2011v2"));
        assertThat(entry.title())
                .isEqualTo("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit");
        assertThat(entry.summary())
                .startsWith("Theoretical description of anisotropic systems, such as layered superconductors and coupled"
                        + " spin chains, is often a challenge")
                .endsWith("adding a single extra dimension to the theory describing a single node.")
                .doesNotContain("\n", "  ");
        assertThat(entry.authors()).containsExactly(
                new ArxivEntry.Author("James M. Murray", List.of()),
                new ArxivEntry.Author("Adrian Del Maestro", List.of()),
                new ArxivEntry.Author("Zlatko Tesanovic", List.of()));
        assertThat(entry.categories()).containsExactly("cond-mat.str-el", "cond-mat.stat-mech");
        assertThat(entry.primaryCategory()).isEqualTo("cond-mat.str-el");
        assertThat(entry.published()).isEqualTo(Instant.parse("2011-11-08T18:48:36Z"));
        assertThat(entry.updated()).isEqualTo(Instant.parse("2012-04-02T12:38:54Z"));
        assertThat(entry.doi()).isEqualTo("10.1103/PhysRevB.85.115117");
        assertThat(entry.journalRef()).isEqualTo("Phys. Rev. B 85, 115117 (2012)");
        assertThat(entry.comment()).isEqualTo("8 pages, 3 figures. Published version");
        assertThat(entry.links()).containsExactly(
                new ArxivEntry.Link(URI.create("http://dx.doi.org/10.1103/PhysRevB.85.115117"), "related", null, "doi"),
                new ArxivEntry.Link(URI.create("http://arxiv.org/abs/1111.2011v2"), "alternate", "text/html", null),
                new ArxivEntry.Link(URI.create("http://arxiv.org/pdf/1111.2011v2"), "related", "application/pdf", "pdf"));
        assertThat(entry.pdfLink()).contains(URI.create("http://arxiv.org/pdf/1111.2011v2"));
        assertThat(entry.abstractLink()).contains(URI.create("http://arxiv.org/abs/1111.2011v2"));
    }

    @Test
    void recorded2026SearchPageMapsEveryEntry() throws Exception {
        ArxivFeed feed = parser.parse(recorded("search-testing-start10-max10.atom.xml")).feed();

        assertThat(feed.totalResults()).isEqualTo(214_881);
        assertThat(feed.startIndex()).isEqualTo(10);
        assertThat(feed.itemsPerPage()).isEqualTo(10);
        assertThat(feed.entries()).extracting(e -> e.id().toString()).containsExactly(
                "2403.16981v2", "2004.03322v1", "1912.09881v1", "2406.19956v3", "1912.04900v1",
                "2301.05651v1", "1605.01097v1", "2301.13615v1", "2407.18756v1", "2202.06271v1");

        ArxivEntry first = feed.entries().get(0);
        assertThat(first.title()).isEqualTo("The Sample Complexity of Simple Binary Hypothesis Testing");
        assertThat(first.authorNames()).containsExactly("Ankit Pensia", "Varun Jog", "Po-Ling Loh");
        assertThat(first.categories()).containsExactly("math.ST", "cs.IT", "stat.ML");
        assertThat(first.primaryCategory()).isEqualTo("math.ST");
        assertThat(first.published()).isEqualTo(Instant.parse("2024-03-25T17:42:32Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2025-05-24T05:50:33Z"));
        assertThat(first.comment()).startsWith("Comments welcome. The new version includes results on sequential");
        assertThat(first.doi()).isNull();
        assertThat(first.journalRef()).isNull();
        assertThat(first.summary()).startsWith("The sample complexity of simple binary hypothesis testing is the smallest");
        assertThat(first.pdfLink()).contains(URI.create("https://arxiv.org/pdf/2403.16981v2"));
        assertThat(first.abstractLink()).contains(URI.create("https://arxiv.org/abs/2403.16981v2"));

        ArxivEntry withDoi = feed.entries().get(8);
        assertThat(withDoi.doi()).isEqualTo("10.1145/3679006.3685071");
        assertThat(withDoi.links()).contains(
                new ArxivEntry.Link(URI.create("https://doi.org/10.1145/3679006.3685071"), "related", null, "doi"));
        assertThat(withDoi.comment()).isEqualTo("MET'24: 9th ACM International Workshop on Metamorphic Testing");
        assertThat(feed.entries().get(3).primaryCategory()).isEqualTo("econ.EM");
    }

    @Test
    void recordedEmptyFeedHasNoEntriesAndATotalOfZero() throws Exception {
        ParsedFeed parsed = parser.parse(recorded("empty-id_list-0000.0000.atom.xml"));

        assertThat(parsed.isError()).isFalse();
        assertThat(parsed.feed().totalResults()).isZero();
        assertThat(parsed.feed().entries()).isEmpty();
    }

    @Test
    void recordedErrorFeedIsRecognizedWithArxivsMessage() throws Exception {
        ParsedFeed parsed = parser.parse(recorded("error-400-id_list-abc.atom.xml"));

        assertThat(parsed.isError()).isTrue();
        assertThat(parsed.errorId()).isEqualTo("https://arxiv.org/api/errors#incorrect_id_format_for_abc");
        assertThat(parsed.errorMessage()).isEqualTo("incorrect id format for abc");
        assertThat(parsed.feed().entries()).isEmpty();
    }

    @Test
    void builtModernFeedMapsAffiliationsJournalRefAndNormalizesWhitespace() throws Exception {
        AtomFeeds.Entry entry = new AtomFeeds.Entry("2101.01234v2", "Attention\n  Is All\tYou Need ",
                "  We propose a new\n  simple network architecture,\n the Transformer.\n",
                List.of(new AtomFeeds.Author("Ashish Vaswani", List.of("Google Brain")),
                        new AtomFeeds.Author("Noam  Shazeer", List.of("Google Brain", " Google\n Research"))),
                List.of("cs.CL", "cs.LG"), "2021-01-04T10:00:00Z", "2021-02-01T09:30:00Z",
                "10.5555/3295222", "Advances in Neural Information\n Processing Systems 30 (2017)", "15 pages, 5 figures");

        ArxivFeed feed = parser.parse(bytes(AtomFeeds.modern("ti:attention", 42, 0, 10, List.of(entry)))).feed();

        assertThat(feed.totalResults()).isEqualTo(42);
        ArxivEntry parsed = feed.entries().get(0);
        assertThat(parsed.id()).isEqualTo(ArxivId.parse("2101.01234v2"));
        assertThat(parsed.title()).isEqualTo("Attention Is All You Need");
        assertThat(parsed.summary()).isEqualTo("We propose a new simple network architecture, the Transformer.");
        assertThat(parsed.authors()).containsExactly(
                new ArxivEntry.Author("Ashish Vaswani", List.of("Google Brain")),
                new ArxivEntry.Author("Noam Shazeer", List.of("Google Brain", "Google Research")));
        assertThat(parsed.journalRef()).isEqualTo("Advances in Neural Information Processing Systems 30 (2017)");
        assertThat(parsed.doi()).isEqualTo("10.5555/3295222");
        assertThat(parsed.comment()).isEqualTo("15 pages, 5 figures");
        assertThat(parsed.categories()).containsExactly("cs.CL", "cs.LG");
        assertThat(parsed.primaryCategory()).isEqualTo("cs.CL");
        assertThat(parsed.updated()).isEqualTo(Instant.parse("2021-02-01T09:30:00Z"));
    }

    @Test
    void builtLegacyFeedWithOldStyleIdAndPerElementNamespaces() throws Exception {
        AtomFeeds.Entry entry = new AtomFeeds.Entry("math/0405482v1", "On a Conjecture\n  of Somebody",
                "A proof\nthat wraps\nlines.", List.of(new AtomFeeds.Author("G. Perelman", List.of("Steklov Institute"))),
                List.of("math.DG", "math.GT"), "2004-05-24T12:00:00Z", "2004-05-24T12:00:00Z", null,
                "Ann. Math. 1 (2004) 1-2", null);

        ArxivEntry parsed = parser.parse(bytes(AtomFeeds.legacy("math/0405482v1", 1, List.of(entry)))).feed().entries().get(0);

        assertThat(parsed.id()).isEqualTo(ArxivId.parse("math/0405482v1"));
        assertThat(parsed.id().isOldStyle()).isTrue();
        assertThat(parsed.title()).isEqualTo("On a Conjecture of Somebody");
        assertThat(parsed.summary()).isEqualTo("A proof that wraps lines.");
        assertThat(parsed.authors().get(0).affiliations()).containsExactly("Steklov Institute");
        assertThat(parsed.journalRef()).isEqualTo("Ann. Math. 1 (2004) 1-2");
        assertThat(parsed.primaryCategory()).isEqualTo("math.DG");
        assertThat(parsed.pdfLink()).contains(URI.create("http://arxiv.org/pdf/math/0405482v1"));
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedAndTheFileIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7f3a9");
        String hostile = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "  <entry><id>http://arxiv.org/abs/2101.01234v1</id><title>&xxe;</title><summary>&xxe;</summary></entry>\n"
                + "</feed>\n";

        Throwable thrown = catchThrowable(() -> parser.parse(bytes(hostile)));

        assertThat(thrown).isInstanceOf(FeedFormatException.class).hasMessageContaining("DOCTYPE");
        assertThat(stackText(thrown)).doesNotContain("TOP-SECRET-7f3a9");
    }

    @Test
    void anExternalDtdAndAnUndeclaredEntityAreRefused(@TempDir Path dir) throws IOException {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY leak \"LEAKED-FROM-DTD\">");
        String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&leak;</title></feed>";
        String undeclared = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<entry><id>http://arxiv.org/abs/2101.01234v1</id><title>&leak;</title></entry></feed>";

        assertThatThrownBy(() -> parser.parse(bytes(external)))
                .isInstanceOf(FeedFormatException.class)
                .satisfies(e -> assertThat(stackText(e)).doesNotContain("LEAKED-FROM-DTD"));
        assertThatThrownBy(() -> parser.parse(bytes(undeclared))).isInstanceOf(FeedFormatException.class);
    }

    @Test
    void aBillionLaughsDocumentIsRefusedBeforeExpanding() {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&c;</title></feed>";

        assertThatThrownBy(() -> parser.parse(bytes(bomb))).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void bodiesThatAreNotArxivFeedsAreRefusedWithAReason() {
        assertThatThrownBy(() -> parser.parse(bytes("<html><body>Service Unavailable</body></html>")))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("not an Atom <feed>");
        assertThatThrownBy(() -> parser.parse(bytes("not xml at all")))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("not well-formed");
        String badId = AtomFeeds.modern("x", 1, 0, 1, List.of(AtomFeeds.Entry.of("2101.00001v1")))
                .replace("http://arxiv.org/abs/2101.00001v1", "http://arxiv.org/abs/../../etc/passwd");
        assertThatThrownBy(() -> parser.parse(bytes(badId)))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("does not name an arXiv paper");
        String badDate = AtomFeeds.modern("x", 1, 0, 1, List.of(AtomFeeds.Entry.of("2101.00001v1")))
                .replace("2021-01-04T10:00:00Z", "yesterday");
        assertThatThrownBy(() -> parser.parse(bytes(badDate)))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("yesterday");
    }

    @Test
    void builtErrorFeedCarriesArxivsMessage() throws Exception {
        ParsedFeed parsed = parser.parse(bytes(AtomFeeds.error("max_results_too_large",
                "max_results must be less than or equal to 30000")));

        assertThat(parsed.isError()).isTrue();
        assertThat(parsed.errorMessage()).isEqualTo("max_results must be less than or equal to 30000");
    }

    private static byte[] recorded(String name) throws IOException {
        String shared = System.getProperty("papyri.shared.dir");
        Assumptions.assumeTrue(shared != null, "papyri.shared.dir is not set; skipping a test of recorded arXiv data");
        Path path = Path.of(shared, "corpus", "arxiv-api", name);
        Assumptions.assumeTrue(Files.isRegularFile(path), () -> path + " is absent; skipping a test of recorded arXiv data");
        return Files.readAllBytes(path);
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String stackText(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
