package io.papyri.examples.cli;

import io.papyri.api.PapyriException;

/**
 * An input file of an evaluation (a dataset, a corpus manifest) that cannot be used as it is; the
 * message names the file, the line or entry, and what is wrong. Exits with {@link ExitCodes#INVALID_INPUT}.
 */
final class InvalidInputException extends PapyriException {

    private static final long serialVersionUID = 1L;

    InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
