/**
 * Metrics of the evaluation harness: ROUGE-1/2/L/Lsum as computed by Google's {@code rouge-score}
 * package (with its Porter stemmer), and the QASPER Answer-F1 and Evidence-F1 as computed by the
 * official QASPER evaluator. See the README of the evaluation data ({@code ../shared/eval/README.md} beside the checkout) for the exact definitions.
 */
package io.papyri.core.eval;
