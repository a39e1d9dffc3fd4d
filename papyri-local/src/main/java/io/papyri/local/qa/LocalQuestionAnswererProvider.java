package io.papyri.local.qa;

import io.papyri.api.spi.ProviderContext;
import io.papyri.api.spi.QuestionAnswerer;
import io.papyri.api.spi.QuestionAnswererProvider;
import io.papyri.local.index.PassageIndexer;

/**
 * Provides the {@link LocalQuestionAnswerer} under the name {@code local}; registered in
 * {@code META-INF/services/io.papyri.api.spi.QuestionAnswererProvider}. It needs no model server: it
 * works on the passage index shared by the local providers ({@link PassageIndexer#shared}), with the
 * {@code papyri.embedding.*} settings of that index and the {@code papyri.qa.*} settings described in
 * {@link AnswererSettings}.
 */
public final class LocalQuestionAnswererProvider implements QuestionAnswererProvider {

    /** The provider name. */
    public static final String NAME = LocalQuestionAnswerer.PROVIDER;

    /** Needed by {@link java.util.ServiceLoader}. */
    public LocalQuestionAnswererProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Answers questions from the paper itself: a short span, Yes/No or Unanswerable, citing the"
                + " paragraphs it rests on; needs no API key or model server.";
    }

    @Override
    public QuestionAnswerer create(ProviderContext context) {
        return new LocalQuestionAnswerer(PassageIndexer.shared(context), AnswererSettings.from(context));
    }
}
