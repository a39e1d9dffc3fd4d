package io.papyri.api.spi;

/** Creates {@link QuestionAnswerer} instances; register implementations in {@code META-INF/services/io.papyri.api.spi.QuestionAnswererProvider}. */
public interface QuestionAnswererProvider extends Provider<QuestionAnswerer> {
}
