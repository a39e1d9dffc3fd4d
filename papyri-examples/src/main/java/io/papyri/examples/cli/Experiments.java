package io.papyri.examples.cli;

import io.papyri.core.experiment.Experiment;
import io.papyri.core.experiment.ExperimentCatalog;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The experiment catalog of the command line: {@code experiments/} under the store directory. */
final class Experiments {

    private Experiments() {
    }

    /** @return the catalog under {@code papyri.store.dir} */
    static ExperimentCatalog catalog() {
        return new ExperimentCatalog(RaterId.storeDirectory(System.getenv()));
    }

    /**
     * Finds an experiment by name.
     *
     * @param spec the running command, for usage errors
     * @param name the experiment's name
     * @return the experiment
     * @throws CommandLine.ParameterException when the name is not a valid experiment name
     * @throws UnknownExperimentException     when the catalog has no experiment of that name
     */
    static Experiment find(CommandSpec spec, String name) {
        ExperimentCatalog catalog = catalog();
        try {
            return catalog.find(name).orElseThrow(() -> new UnknownExperimentException("Unknown experiment '" + name
                    + "': no " + name + ".json in " + catalog.directory()
                    + "; create it with 'papyri experiments create' or see 'papyri experiments list'."));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
