package io.papyri.core.experiment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Deterministic assignment of users or sessions to the variants of an {@link Experiment}.
 *
 * <p>The unit id is hashed with SHA-256 over the UTF-8 bytes of
 * {@code experimentName + "\0" + unitId}; the first 8 bytes of the digest, read big-endian, give a
 * number uniform in {@code [0, 1)} (its top 53 bits divided by 2<sup>53</sup>), and the unit gets
 * the first variant whose cumulative share of the total weight exceeds that number. The same unit
 * therefore always sees the same variant of an experiment (as long as the variants and weights do
 * not change), no state needs to be stored, and because the experiment's name is part of the hash,
 * different experiments assign independently of each other.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class VariantAssignment {

    private final Experiment experiment;
    private final double[] cumulativeShares;

    /**
     * Creates the assignment for an experiment.
     *
     * @param experiment the experiment
     */
    public VariantAssignment(Experiment experiment) {
        this.experiment = Objects.requireNonNull(experiment, "experiment");
        double total = 0;
        for (Variant v : experiment.variants()) {
            total += v.weight();
        }
        cumulativeShares = new double[experiment.variants().size()];
        double running = 0;
        for (int i = 0; i < cumulativeShares.length; i++) {
            running += experiment.variants().get(i).weight();
            cumulativeShares[i] = running / total;
        }
        cumulativeShares[cumulativeShares.length - 1] = 1.0;
    }

    /**
     * The variant a user or session sees.
     *
     * @param unitId the pseudonymous user or session id; not null
     * @return the variant, always the same for the same id
     */
    public Variant assign(String unitId) {
        double u = unitPoint(experiment.name(), unitId);
        for (int i = 0; i < cumulativeShares.length; i++) {
            if (u < cumulativeShares[i]) {
                return experiment.variants().get(i);
            }
        }
        return experiment.variants().get(cumulativeShares.length - 1);
    }

    /**
     * The experiment this assignment is for.
     *
     * @return the experiment
     */
    public Experiment experiment() {
        return experiment;
    }

    /**
     * The uniform number in {@code [0, 1)} a unit hashes to within an experiment.
     *
     * @param experimentName the experiment's name
     * @param unitId         the user or session id
     * @return a number in {@code [0, 1)}, a pure function of both arguments
     */
    public static double unitPoint(String experimentName, String unitId) {
        Objects.requireNonNull(experimentName, "experimentName");
        Objects.requireNonNull(unitId, "unitId");
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        byte[] digest = sha256.digest((experimentName + '\0' + unitId).getBytes(StandardCharsets.UTF_8));
        long first8 = ByteBuffer.wrap(digest, 0, 8).getLong();
        return (first8 >>> 11) * 0x1.0p-53;
    }
}
