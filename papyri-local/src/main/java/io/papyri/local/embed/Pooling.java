package io.papyri.local.embed;

import java.util.Locale;

/** How token vectors become one sentence vector. */
public enum Pooling {
    /** The mean of the token vectors under the attention mask (MiniLM, e5, most sentence-transformers). */
    MEAN,
    /** The first token's vector (bge and other CLS-pooled models). */
    CLS;

    /**
     * Reads a pooling name.
     *
     * @param name {@code mean} or {@code cls}, in any case
     * @return the pooling
     * @throws IllegalArgumentException for any other name
     */
    public static Pooling parse(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT);
        for (Pooling pooling : values()) {
            if (pooling.name().equals(key)) {
                return pooling;
            }
        }
        throw new IllegalArgumentException("Unknown pooling '" + name + "': use mean or cls.");
    }
}
