package io.papyri.local.chat;

import io.papyri.api.Provenance;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.ChatAgent;
import io.papyri.api.spi.ChatAgentProvider;
import io.papyri.api.spi.Provider;
import io.papyri.api.spi.ProviderContext;
import io.papyri.api.spi.QuestionAnswerer;
import io.papyri.api.spi.QuestionAnswererProvider;
import io.papyri.api.spi.Summarizer;
import io.papyri.api.spi.SummarizerProvider;
import io.papyri.local.index.PassageIndexer;

import java.util.ServiceLoader;

/**
 * Provides the {@link LocalChatAgent} under the name {@code local}; registered in
 * {@code META-INF/services/io.papyri.api.spi.ChatAgentProvider}. It answers with the {@code local}
 * question answerer and summarizer of this module, which share one passage index and one
 * embedding model with it (settings {@code papyri.embedding.*}, {@code papyri.index.*}).
 */
public final class LocalChatAgentProvider implements ChatAgentProvider {

    /** The provider name. */
    public static final String NAME = "local";
    /** Names the agent's behaviour; bump it when replies change. */
    static final String VERSION = "followup-chat-1";

    /** Needed by {@link java.util.ServiceLoader}. */
    public LocalChatAgentProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Multi-turn chat answered from the paper itself: follow-ups resolved against the conversation,"
                + " every reply citing its passages; no model server.";
    }

    @Override
    public ChatAgent create(ProviderContext context) {
        QuestionAnswerer answerer = sibling(QuestionAnswererProvider.class).create(context);
        Summarizer summarizer = sibling(SummarizerProvider.class).create(context);
        String model = PassageIndexer.shared(context).embedder().id() + "+" + VERSION;
        return new LocalChatAgent(answerer, summarizer, context.clock(), new Provenance(NAME, model, VERSION));
    }

    private static <P extends Provider<?>> P sibling(Class<P> type) {
        for (P provider : ServiceLoader.load(type, LocalChatAgentProvider.class.getClassLoader())) {
            if (NAME.equals(provider.name())) {
                return provider;
            }
        }
        throw new ProviderConfigurationException("The local chat agent needs the local " + type.getSimpleName()
                .replace("Provider", "") + ", which is not on the class path: add papyri-local whole.");
    }
}
