package io.papyri.examples.cli;

import io.papyri.api.FeedbackTarget;
import io.papyri.core.Papyri;
import io.papyri.core.experiment.Experiment;
import io.papyri.core.experiment.ExperimentReport;
import io.papyri.core.experiment.Variant;
import io.papyri.core.experiment.VariantAssignment;
import io.papyri.core.experiment.VariantData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code papyri experiments create|list|assign|report}: A/B experiments kept as JSON files in
 * {@code experiments/} under the store directory ({@code papyri.store.dir}).
 */
@Command(name = "experiments",
        mixinStandardHelpOptions = true,
        versionProvider = PapyriVersion.class,
        description = "Create, list, assign and report A/B experiments (kept in experiments/ under papyri.store.dir).",
        subcommands = {ExperimentsCommand.CreateCommand.class, ExperimentsCommand.ListCommand.class,
                ExperimentsCommand.AssignCommand.class, ExperimentsCommand.ReportCommand.class})
final class ExperimentsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return ExitCodes.usage(spec);
    }

    /**
     * Parses {@code NAME=PROVIDER[:WEIGHT]}.
     *
     * @param value the option value
     * @return the variant, weight 1 when none is given
     * @throws IllegalArgumentException if the value is malformed
     */
    static Variant parseVariant(String value) {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
            throw new IllegalArgumentException("--variant '" + value + "': use NAME=PROVIDER[:WEIGHT], such as"
                    + " control=local or generative=bedrock:2");
        }
        String name = value.substring(0, eq).strip();
        String provider = value.substring(eq + 1).strip();
        double weight = 1;
        int colon = provider.lastIndexOf(':');
        if (colon >= 0) {
            String w = provider.substring(colon + 1).strip();
            provider = provider.substring(0, colon).strip();
            try {
                weight = Double.parseDouble(w);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--variant '" + value + "': weight '" + w
                        + "' is not a number; use NAME=PROVIDER[:WEIGHT]");
            }
        }
        return new Variant(name, provider, Map.of(), weight);
    }

    /**
     * Adds {@code VARIANT:KEY=VALUE} settings to the variants they name.
     *
     * @param variants the variants
     * @param settings the option values
     * @return the variants with their settings
     * @throws IllegalArgumentException if a value is malformed or names no variant
     */
    static List<Variant> withSettings(List<Variant> variants, List<String> settings) {
        Map<String, Map<String, String>> byVariant = new LinkedHashMap<>();
        for (String setting : settings) {
            int colon = setting.indexOf(':');
            int eq = setting.indexOf('=', colon + 1);
            if (colon <= 0 || eq <= colon + 1) {
                throw new IllegalArgumentException("--set '" + setting + "': use VARIANT:KEY=VALUE, such as"
                        + " b:papyri.summarize.abstract-words=120");
            }
            String variant = setting.substring(0, colon).strip();
            if (variants.stream().noneMatch(v -> v.name().equals(variant))) {
                throw new IllegalArgumentException("--set '" + setting + "': no --variant named '" + variant + "'");
            }
            byVariant.computeIfAbsent(variant, k -> new LinkedHashMap<>())
                    .put(setting.substring(colon + 1, eq).strip(), setting.substring(eq + 1).strip());
        }
        return variants.stream()
                .map(v -> byVariant.containsKey(v.name())
                        ? new Variant(v.name(), v.provider(), byVariant.get(v.name()), v.weight()) : v)
                .toList();
    }

    /** {@code papyri experiments create}: defines a new experiment. */
    @Command(name = "create",
            mixinStandardHelpOptions = true,
            versionProvider = PapyriVersion.class,
            description = "Create an experiment of two or more weighted variants; the first variant is the control.")
    static final class CreateCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME",
                description = "The experiment's name: lower-case letters, digits and hyphens.")
        private String name;

        @Option(names = {"-t", "--target"}, paramLabel = "TARGET", required = true,
                converter = FeedbackCommand.TargetName.class, completionCandidates = FeedbackCommand.TargetName.class,
                description = "What the variants produce: summary, answer, chat or chat-reply.")
        private FeedbackTarget target;

        @Option(names = "--variant", paramLabel = "NAME=PROVIDER[:WEIGHT]", required = true,
                description = "A variant (give two or more); weight 1 unless given.")
        private List<String> variants = new ArrayList<>();

        @Option(names = "--set", paramLabel = "VARIANT:KEY=VALUE",
                description = "A setting of one variant's provider, such as b:papyri.summarize.abstract-words=120"
                        + " (repeatable); it wins over every other setting while that variant serves.")
        private List<String> settings = new ArrayList<>();

        @Override
        public Integer call() {
            Experiment experiment;
            try {
                List<Variant> parsed = new ArrayList<>();
                for (String v : variants) {
                    parsed.add(parseVariant(v));
                }
                parsed = withSettings(parsed, settings);
                experiment = new Experiment(name, target, parsed);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            try {
                Experiments.catalog().create(experiment);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created experiment " + experiment.name() + " (" + FeedbackCommand.targetName(target) + "): "
                    + describe(experiment));
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static String describe(Experiment experiment) {
        return experiment.variants().stream()
                .map(v -> v.name() + "=" + v.provider() + ":" + weight(v.weight())
                        + (v.settings().isEmpty() ? "" : " " + new TreeMap<>(v.settings())))
                .collect(Collectors.joining(", "));
    }

    private static String weight(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.format(Locale.ROOT, "%s", w);
    }

    /** {@code papyri experiments list}: the experiments, by name. */
    @Command(name = "list",
            mixinStandardHelpOptions = true,
            versionProvider = PapyriVersion.class,
            description = "List the experiments, by name.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            List<Experiment> experiments = Experiments.catalog().list();
            PrintWriter out = spec.commandLine().getOut();
            for (Experiment e : experiments) {
                out.println(e.name() + "  " + FeedbackCommand.targetName(e.target()) + "  " + describe(e));
            }
            out.println(experiments.size() + (experiments.size() == 1 ? " experiment" : " experiments"));
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code papyri experiments assign}: the variant a user or session sees. */
    @Command(name = "assign",
            mixinStandardHelpOptions = true,
            versionProvider = PapyriVersion.class,
            description = "Print the variant a user or session is assigned (always the same for the same id).")
    static final class AssignCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The experiment's name.")
        private String name;

        @Parameters(index = "1", paramLabel = "UNIT_ID", description = "A pseudonymous user or session id.")
        private String unitId;

        @Override
        public Integer call() {
            Experiment experiment = Experiments.find(spec, name);
            PrintWriter out = spec.commandLine().getOut();
            out.println(new VariantAssignment(experiment).assign(unitId).name());
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code papyri experiments report}: per-variant figures and Welch's t-test from exposures and ratings. */
    @Command(name = "report",
            mixinStandardHelpOptions = true,
            versionProvider = PapyriVersion.class,
            description = "Report an experiment from what was recorded while it served (--experiment on summarize,"
                    + " ask and chat, or the SDK's Papyri.assign): exposures, ratings, mean with 95% confidence"
                    + " interval, and Welch's t-test of each variant against the control.")
    static final class ReportCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The experiment's name.")
        private String name;

        @Override
        public Integer call() {
            Experiment experiment = Experiments.find(spec, name);
            List<VariantData> data;
            try (Papyri papyri = Papyri.builder().build()) {
                data = papyri.experimentData(experiment);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(ExperimentReport.of(experiment.name(), data).toText());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
