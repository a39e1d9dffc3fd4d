package io.papyri.api.spi;

/**
 * A named factory for one stage implementation, found through {@link java.util.ServiceLoader}.
 *
 * <p>Each SPI has its own sub-interface ({@link TextExtractorProvider}, ...), registered in
 * {@code META-INF/services/<sub-interface name>}, the way JDBC drivers are found.
 *
 * @param <T> the stage this provider creates
 */
public interface Provider<T> {

    /** @return the name users pick this provider by, such as {@code local}, {@code pdfbox} or {@code bedrock} */
    String name();

    /** @return one line saying what this provider does and what it needs */
    String description();

    /**
     * Creates the stage. Called once per {@code Papyri} instance.
     *
     * @param context settings, clock and limits
     * @return the stage, ready to use
     * @throws io.papyri.api.ProviderConfigurationException when a setting is missing or wrong
     */
    T create(ProviderContext context);
}
