/**
 * A/B experiments: {@link io.papyri.core.experiment.Experiment experiments} naming two or more
 * weighted {@link io.papyri.core.experiment.Variant variants}, deterministic
 * {@link io.papyri.core.experiment.VariantAssignment assignment} of a user or session to a variant
 * by hashing, and the {@link io.papyri.core.experiment.ExperimentReport report} comparing the
 * variants' ratings (means with Student t confidence intervals and Welch's t-test).
 *
 * <p>Everything here is pure computation: no I/O, no clocks, no shared state.
 */
package io.papyri.core.experiment;
