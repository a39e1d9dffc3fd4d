package io.papyri.examples.cli;

import io.papyri.api.FeedbackTarget;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.core.Papyri;
import io.papyri.core.experiment.Experiment;
import io.papyri.core.experiment.Variant;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code --experiment NAME} option of the eval commands: finds the experiment in the catalog of
 * the store directory, builds one Papyri per variant and prints the variants side by side.
 */
final class ExperimentOption {

    private ExperimentOption() {
    }

    /**
     * Finds the experiment to evaluate.
     *
     * @param spec   the running command, for errors
     * @param name   the experiment's name
     * @param target the target the command evaluates, such as {@link FeedbackTarget#SUMMARY}
     * @return the experiment
     * @throws UnknownExperimentException     if the catalog has no such experiment
     * @throws CommandLine.ParameterException if the name is invalid or the experiment has another target
     */
    static Experiment find(CommandSpec spec, String name, FeedbackTarget target) {
        Experiment experiment = Experiments.find(spec, name.strip());
        if (experiment.target() != target) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--experiment " + experiment.name()
                    + " compares " + FeedbackCommand.targetName(experiment.target()) + " outputs, but 'eval "
                    + spec.name() + "' needs an experiment with target " + FeedbackCommand.targetName(target) + ".");
        }
        return experiment;
    }

    /**
     * A builder configured like a variant, except for the provider, which the caller sets on its stage.
     *
     * @param experiment the variant's experiment, for errors
     * @param variant    the variant
     * @return a builder that records no outputs and carries the variant's settings
     * @throws ProviderConfigurationException if a setting is not a Papyri setting
     */
    static Papyri.Builder builder(Experiment experiment, Variant variant) {
        // nobody rates evaluation outputs: keep them out of the feedback store
        Papyri.Builder builder = Papyri.builder().recordOutputs(false);
        for (Map.Entry<String, String> setting : new TreeMap<>(variant.settings()).entrySet()) {
            try {
                builder.setting(setting.getKey(), setting.getValue());
            } catch (IllegalArgumentException e) {
                throw new ProviderConfigurationException("Experiment '" + experiment.name() + "', variant '"
                        + variant.name() + "': " + e.getMessage(), e);
            }
        }
        return builder;
    }

    /**
     * Describes the variants for the report, such as {@code a (control): summarizer local; b: summarizer
     * local, papyri.summarize.abstract-words=40}.
     *
     * @param experiment the experiment
     * @param stage      the stage the variants' providers serve, such as {@code summarizer}
     * @return one line
     */
    static String describe(Experiment experiment, String stage) {
        List<String> parts = new ArrayList<>();
        for (Variant variant : experiment.variants()) {
            StringBuilder part = new StringBuilder(variant.name());
            if (variant == control(experiment)) {
                part.append(" (control)");
            }
            part.append(": ").append(stage).append(' ').append(variant.provider());
            new TreeMap<>(variant.settings()).forEach((key, value) -> part.append(", ").append(key).append('=').append(value));
            parts.add(part.toString());
        }
        return "Variants: " + String.join("; ", parts);
    }

    /**
     * The variant the others are compared with.
     *
     * @param experiment the experiment
     * @return its first variant
     */
    static Variant control(Experiment experiment) {
        return experiment.variants().get(0);
    }

    /**
     * A figure for a table cell.
     *
     * @param value the value, {@code NaN} when there is none
     * @return two decimals, or {@code -}
     */
    static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * A difference for a table cell.
     *
     * @param value the value minus the control's, {@code NaN} when either is missing
     * @return two decimals with a sign, or {@code -}
     */
    static String difference(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%+.2f", value);
    }

    /**
     * The header of a difference column.
     *
     * @param variant    the compared variant
     * @param experiment its experiment
     * @return such as {@code b - a}
     */
    static String differenceHeader(Variant variant, Experiment experiment) {
        return variant.name() + " - " + control(experiment).name();
    }

    /** A plain text table: a label column, then right-aligned cells, separated by {@code |}. */
    static final class Table {

        private final List<String> headers;
        private final List<List<String>> rows = new ArrayList<>();

        /**
         * A table with these headers.
         *
         * @param corner  the header of the label column
         * @param headers the headers of the cell columns
         */
        Table(String corner, List<String> headers) {
            this.headers = new ArrayList<>();
            this.headers.add(corner);
            this.headers.addAll(headers);
        }

        /**
         * Adds a row.
         *
         * @param label the row's label
         * @param cells one cell per header
         */
        void row(String label, List<String> cells) {
            if (cells.size() != headers.size() - 1) {
                throw new IllegalArgumentException("row " + label + " has " + cells.size() + " cells for "
                        + (headers.size() - 1) + " columns");
            }
            List<String> row = new ArrayList<>();
            row.add(label);
            row.addAll(cells);
            rows.add(row);
        }

        /**
         * Prints the table.
         *
         * @param out where to print
         */
        void print(PrintWriter out) {
            int[] widths = new int[headers.size()];
            List<List<String>> all = new ArrayList<>();
            all.add(headers);
            all.addAll(rows);
            for (List<String> row : all) {
                for (int i = 0; i < row.size(); i++) {
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
            }
            for (List<String> row : all) {
                StringBuilder line = new StringBuilder(pad(row.get(0), widths[0], false));
                for (int i = 1; i < row.size(); i++) {
                    line.append(" | ").append(pad(row.get(i), widths[i], true));
                }
                out.println(line.toString().stripTrailing());
            }
        }

        private static String pad(String text, int width, boolean right) {
            String spaces = " ".repeat(width - text.length());
            return right ? spaces + text : text + spaces;
        }
    }
}
