/**
 * The {@code papyri} command-line tool: {@code papyri extract paper.pdf --format json}.
 * {@link io.papyri.examples.cli.PapyriCommand} is the main class.
 */
package io.papyri.examples.cli;
