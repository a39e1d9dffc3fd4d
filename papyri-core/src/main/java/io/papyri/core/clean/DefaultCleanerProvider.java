package io.papyri.core.clean;

import io.papyri.api.spi.Cleaner;
import io.papyri.api.spi.CleanerProvider;
import io.papyri.api.spi.ProviderContext;

/** Provides the {@link DefaultCleaner} under the name {@code local}. */
public final class DefaultCleanerProvider implements CleanerProvider {

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public DefaultCleanerProvider() {
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String description() {
        return "Layout-based cleaner: title, authors, abstract, sections, captions and references from font sizes and"
                + " positions; runs in-process, needs nothing";
    }

    @Override
    public Cleaner create(ProviderContext context) {
        return new DefaultCleaner();
    }
}
