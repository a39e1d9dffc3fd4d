package io.papyri.core.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The experiments kept on disk: one JSON file {@code experiments/<name>.json} per experiment under
 * a store directory. Files are written atomically (a temporary file moved into place), so a reader
 * never sees half an experiment.
 */
public final class ExperimentCatalog {

    /** The directory under the store directory that holds the experiment files. */
    public static final String DIRECTORY = "experiments";

    private static final String SUFFIX = ".json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    /**
     * A catalog of the experiments under a store directory.
     *
     * @param storeDirectory the store directory; experiments live in its {@value #DIRECTORY} folder
     */
    public ExperimentCatalog(Path storeDirectory) {
        this.directory = Objects.requireNonNull(storeDirectory, "storeDirectory").resolve(DIRECTORY);
    }

    /**
     * Adds a new experiment.
     *
     * @param experiment the experiment
     * @return the experiment
     * @throws IllegalArgumentException if an experiment of that name already exists
     * @throws UncheckedIOException     if the file cannot be written
     */
    public Experiment create(Experiment experiment) {
        Objects.requireNonNull(experiment, "experiment");
        if (Files.exists(file(experiment.name()))) {
            throw new IllegalArgumentException("experiment '" + experiment.name() + "' already exists in " + directory);
        }
        return save(experiment);
    }

    /**
     * Writes an experiment, replacing any of the same name, atomically.
     *
     * @param experiment the experiment
     * @return the experiment
     * @throws UncheckedIOException if the file cannot be written
     */
    public Experiment save(Experiment experiment) {
        Objects.requireNonNull(experiment, "experiment");
        Path target = file(experiment.name());
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, "." + experiment.name() + "-", ".tmp");
            Files.write(temp, JSON.writeValueAsBytes(experiment));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return experiment;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write experiment '" + experiment.name() + "' to " + target
                    + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort; a stray temp file is never read as an experiment
                }
            }
        }
    }

    /**
     * Reads an experiment.
     *
     * @param name the experiment's name
     * @return the experiment, or empty if the catalog has none of that name
     * @throws IllegalArgumentException if the name is not a valid experiment name
     * @throws UncheckedIOException     if the file cannot be read or does not hold a valid experiment
     */
    public Optional<Experiment> find(String name) {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Experiment.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Experiment file " + file + " is not a valid experiment: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Every experiment in the catalog.
     *
     * @return the experiments, by name
     * @throws UncheckedIOException if a file cannot be read or does not hold a valid experiment
     */
    public List<Experiment> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX) && Variant.NAME.matcher(n.substring(0, n.length() - SUFFIX.length())).matches())
                    .forEach(n -> names.add(n.substring(0, n.length() - SUFFIX.length())));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list experiments in " + directory + ": " + e.getMessage(), e);
        }
        names.sort(Comparator.naturalOrder());
        List<Experiment> experiments = new ArrayList<>();
        for (String n : names) {
            find(n).ifPresent(experiments::add);
        }
        return experiments;
    }

    /**
     * The directory holding the experiment files.
     *
     * @return the directory
     */
    public Path directory() {
        return directory;
    }

    private Path file(String name) {
        Variant.checkName("experiment", name);
        return directory.resolve(name + SUFFIX);
    }
}
