package io.papyri.local.index.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;

/**
 * The stored sentence vectors of one paper: a small header naming the model and the exact
 * sentences they were made from, then the vectors as little-endian floats.
 */
public final class VectorFile {

    private static final byte[] MAGIC = {'P', 'Y', 'V', 'E', 'C', 0, 0, 1};
    private static final int MAX_COUNT = 1_000_000;
    private static final int MAX_DIMENSION = 8192;

    private VectorFile() {
    }

    /**
     * Writes vectors.
     *
     * @param model       the id of the model that made them
     * @param fingerprint identifies the sentences they were made from
     * @param vectors     one vector per sentence, all of one length
     * @return the bytes to store
     */
    public static byte[] write(String model, String fingerprint, float[][] vectors) {
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + vectors.length * dimension * Float.BYTES);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeUTF(model);
            out.writeUTF(fingerprint);
            out.writeInt(vectors.length);
            out.writeInt(dimension);
            ByteBuffer buffer = ByteBuffer.allocate(dimension * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (float[] vector : vectors) {
                if (vector.length != dimension) {
                    throw new IllegalArgumentException("vectors of one paper must share a length");
                }
                buffer.clear();
                buffer.asFloatBuffer().put(vector);
                out.write(buffer.array());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads vectors, if they were made by the model from the sentences given.
     *
     * @param bytes       the stored bytes
     * @param model       the id of the model in use
     * @param fingerprint identifies the sentences in use
     * @return the vectors, or empty when the file is damaged or made by another model or from other sentences
     */
    public static Optional<float[][]> read(byte[] bytes, String model, String fingerprint) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || !in.readUTF().equals(model) || !in.readUTF().equals(fingerprint)) {
                return Optional.empty();
            }
            int count = in.readInt();
            int dimension = in.readInt();
            if (count < 0 || count > MAX_COUNT || dimension < 0 || dimension > MAX_DIMENSION
                    || in.available() != (long) count * dimension * Float.BYTES) {
                return Optional.empty();
            }
            float[][] vectors = new float[count][dimension];
            byte[] row = new byte[dimension * Float.BYTES];
            for (float[] vector : vectors) {
                in.readFully(row);
                ByteBuffer.wrap(row).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
            }
            return Optional.of(vectors);
        } catch (IOException e) {
            return Optional.empty(); // damaged: the caller embeds again
        }
    }
}
