package io.papyri.api.spi;

/** Creates {@link ChatAgent} instances; register implementations in {@code META-INF/services/io.papyri.api.spi.ChatAgentProvider}. */
public interface ChatAgentProvider extends Provider<ChatAgent> {
}
