package io.papyri.core.arxiv;

import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.PaperSource;
import io.papyri.api.spi.PaperSourceProvider;
import io.papyri.api.spi.ProviderContext;

/**
 * Provides the {@link ArxivSource} under the name {@code arxiv}, configured from the
 * {@code papyri.arxiv.*} settings (see the constants of {@link ArxivSource}) and the PDF byte limit.
 * Pacing uses the system clock whatever the context's clock, because arXiv's limit is in real time.
 */
public final class ArxivSourceProvider implements PaperSourceProvider {

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public ArxivSourceProvider() {
    }

    @Override
    public String name() {
        return "arxiv";
    }

    @Override
    public String description() {
        return "arXiv: search with arXiv's query syntax and download PDFs (papyri.arxiv.api-url, papyri.arxiv.pdf-url),"
                + " one request every 3 s; needs network access to arXiv or a mirror";
    }

    @Override
    public PaperSource create(ProviderContext context) {
        try {
            return ArxivSource.builder().configure(context).build();
        } catch (IllegalArgumentException e) {
            throw new ProviderConfigurationException("The arXiv source cannot be set up: " + e.getMessage(), e);
        }
    }
}
