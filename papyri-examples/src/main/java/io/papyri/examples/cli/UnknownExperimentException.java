package io.papyri.examples.cli;

import io.papyri.api.PapyriException;

/** An experiment name the catalog has no experiment for; exits with {@link ExitCodes#NOT_FOUND}. */
final class UnknownExperimentException extends PapyriException {

    private static final long serialVersionUID = 1L;

    UnknownExperimentException(String message) {
        super(message);
    }
}
