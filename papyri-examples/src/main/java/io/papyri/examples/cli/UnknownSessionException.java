package io.papyri.examples.cli;

import io.papyri.api.PapyriException;

/** A {@code --session} id the store keeps no chat for; exits with {@link ExitCodes#NOT_FOUND}. */
final class UnknownSessionException extends PapyriException {

    private static final long serialVersionUID = 1L;

    UnknownSessionException(String message) {
        super(message);
    }
}
