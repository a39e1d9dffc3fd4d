package io.papyri.examples.cli;

import io.papyri.core.AssignedVariant;
import io.papyri.core.Papyri;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code --experiment NAME [--unit ID]}: serves the variant of an A/B experiment the user is
 * assigned, and records the output as an exposure of it, so that a later {@code papyri rate} by the
 * same user counts for that variant.
 */
final class ExperimentServing {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--experiment", paramLabel = "NAME",
            description = "Serve the variant of this experiment (see 'papyri experiments') the user is assigned,"
                    + " and record it as shown.")
    private String experiment;

    @Option(names = "--unit", paramLabel = "ID",
            description = "The pseudonymous user or session the experiment assigns. Default: the rater id"
                    + " ('papyri rate' uses the same), from papyri.rater or rater-id under papyri.store.dir.")
    private String unitId;

    /**
     * The unit's variant, when an experiment was asked for; says which on standard error.
     *
     * @param papyri the instance serving the outputs
     * @return the assigned variant, or empty without {@code --experiment}
     * @throws UnknownExperimentException when the experiment does not exist
     */
    Optional<AssignedVariant> assign(Papyri papyri) {
        if (experiment == null) {
            return Optional.empty();
        }
        String unit = unitId != null ? unitId.strip() : RaterId.resolve(System.getenv());
        AssignedVariant assigned;
        try {
            assigned = papyri.assign(Experiments.find(spec, experiment.strip()), unit);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--unit: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("papyri: experiment " + assigned.experiment().name() + ", variant " + assigned.variant().name()
                + " (" + assigned.variant().provider() + ") for " + unit);
        err.flush();
        return Optional.of(assigned);
    }
}
