package io.papyri.core;

import io.papyri.api.Passage;
import io.papyri.api.Provenance;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.api.spi.ProviderContext;
import io.papyri.api.spi.Summarizer;
import io.papyri.api.spi.SummarizerProvider;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A summarizer registered through META-INF/services in the tests: the first paragraph is the summary. */
public final class FixtureSummarizerProvider implements SummarizerProvider {

    static final AtomicInteger CREATED = new AtomicInteger();
    static final AtomicInteger CLOSED = new AtomicInteger();
    static volatile ProviderContext lastContext;

    @Override
    public String name() {
        return "first-paragraph";
    }

    @Override
    public String description() {
        return "test fixture: summarizes a paper by its first paragraph";
    }

    @Override
    public Summarizer create(ProviderContext context) {
        CREATED.incrementAndGet();
        lastContext = context;
        String prefix = context.setting("papyri.fixture.prefix", "");
        return new Summarizer() {
            @Override
            public Summary summarize(io.papyri.api.Paper paper, SummaryStyle style) {
                var first = paper.paragraphs().findFirst().orElseThrow();
                Passage passage = new Passage(paper.id(), 0, paper.sections().get(0).heading(), first.page(), first.text());
                // another prefix is another configuration: another output id and config hash
                String config = prefix.isEmpty() ? "0" : Integer.toHexString(prefix.hashCode());
                return new Summary(prefix.isEmpty() ? "out-1" : "out-1-" + config, paper.id(), style,
                        List.of(new Summary.Sentence((prefix + " " + first.text()).trim(), passage)),
                        new Provenance(name(), "first-paragraph-1", config));
            }

            @Override
            public void close() {
                CLOSED.incrementAndGet();
            }
        };
    }
}
