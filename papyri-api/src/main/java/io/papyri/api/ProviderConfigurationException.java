package io.papyri.api;

/** A provider that was asked for but is not installed, or whose settings are wrong. */
public class ProviderConfigurationException extends PapyriException {

    /**
     * @param message which provider or setting is wrong, with the accepted choices
     */
    public ProviderConfigurationException(String message) {
        super(message);
    }

    /**
     * @param message which provider or setting is wrong, with the accepted choices
     * @param cause   the underlying error
     */
    public ProviderConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
