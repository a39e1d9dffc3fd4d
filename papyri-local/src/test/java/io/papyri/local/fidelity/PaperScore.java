package io.papyri.local.fidelity;

import java.util.List;

/**
 * How well one paper was read, against the corpus ground truth.
 *
 * @param file             the PDF's file name
 * @param titleOk          whether the title matches
 * @param abstractF1       word-bag F1 of the abstract
 * @param headingPrecision share of extracted top-level headings that are expected
 * @param headingRecall    share of expected top-level headings that were extracted
 * @param headingF1        their F1
 * @param references       how many reference entries were split off
 * @param referencesOk     whether references were split off wherever the paper has them, with none left in the body
 * @param notes            what went wrong, briefly
 */
record PaperScore(String file, boolean titleOk, double abstractF1, double headingPrecision,
                  double headingRecall, double headingF1, int references, boolean referencesOk, List<String> notes) {
}
