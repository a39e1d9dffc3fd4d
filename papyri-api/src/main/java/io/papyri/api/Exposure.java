package io.papyri.api;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user or session was shown an output of one variant of an A/B experiment. Exposures are what a
 * variant's rating rate is measured against, and they tie a later rating of the output to the
 * variant that produced it.
 *
 * <p>An exposure is identified by experiment, unit and output: showing the same output to the same
 * unit again is the same exposure.
 *
 * @param experiment the experiment's name
 * @param variant    the name of the variant the unit is assigned
 * @param unitId     the pseudonymous user or session id the variant was assigned to
 * @param target     what kind of output was shown
 * @param outputId   the output's id
 * @param paperId    the paper the output is about
 * @param at         when the output was shown first
 */
public record Exposure(String experiment, String variant, String unitId, FeedbackTarget target, String outputId,
                       PaperId paperId, Instant at) {

    /** The pattern the names of experiments and variants match. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /**
     * Checks the components.
     *
     * @param experiment the experiment's name
     * @param variant the variant's name
     * @param unitId the user or session id
     * @param target what kind of output was shown
     * @param outputId the output's id
     * @param paperId the paper
     * @param at when
     * @throws IllegalArgumentException when a name does not match {@link #NAME}, an id is blank or
     *                                  longer than {@link Rating#MAX_ID_LENGTH}, or the time lies outside
     *                                  the range of a rating's time
     */
    public Exposure {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outputId, "outputId");
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(at, "at");
        if (!NAME.matcher(experiment).matches() || !NAME.matcher(variant).matches()) {
            throw new IllegalArgumentException("Invalid experiment or variant name '" + experiment + "/" + variant
                    + "': names match [a-z0-9][a-z0-9-]{0,63}.");
        }
        if (at.isBefore(Rating.EARLIEST) || at.isAfter(Rating.LATEST)) {
            throw new IllegalArgumentException("An exposure at " + at + " is out of range; it lies between "
                    + Rating.EARLIEST + " and " + Rating.LATEST + ".");
        }
        for (String id : new String[] {unitId, outputId}) {
            if (id.isBlank() || id.length() > Rating.MAX_ID_LENGTH) {
                throw new IllegalArgumentException("Invalid id '" + id.replaceAll("\\p{Cntrl}", "?")
                        + "' in an exposure: it is not blank and has at most " + Rating.MAX_ID_LENGTH + " characters.");
            }
        }
    }

    /**
     * The value a rating of this output carries in {@link Rating#variant()}: experiment and variant,
     * so that variants of different experiments never mix.
     *
     * @return {@code experiment/variant}
     */
    public String variantKey() {
        return variantKey(experiment, variant);
    }

    /**
     * The value ratings of a variant carry in {@link Rating#variant()}.
     *
     * @param experiment the experiment's name
     * @param variant    the variant's name
     * @return {@code experiment/variant}
     */
    public static String variantKey(String experiment, String variant) {
        return experiment + "/" + variant;
    }
}
