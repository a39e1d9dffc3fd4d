package io.papyri.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.papyri.api.PaperId;
import io.papyri.api.PapyriException;

import java.io.IOException;

/**
 * Reads and writes stored artifacts ({@code paper.json}, {@code extracted.json}, ...) as JSON:
 * every API record by its component names, paper ids as {@code scheme:local} strings, times as
 * ISO-8601. Unknown fields are ignored on read, so an older Papyri reads a newer artifact.
 */
public final class ArtifactJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("papyri-ids")
                    .addSerializer(PaperId.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(PaperId id, JsonGenerator out, SerializerProvider provider)
                                throws IOException {
                            out.writeString(id.toString());
                        }
                    })
                    .addDeserializer(PaperId.class, new JsonDeserializer<>() {
                        @Override
                        public PaperId deserialize(JsonParser in, DeserializationContext context) throws IOException {
                            return PaperId.parse(in.getValueAsString());
                        }
                    }))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ArtifactJson() {
    }

    /**
     * Writes a value as UTF-8 JSON.
     *
     * @param value a record of the API, or a collection of them
     * @return the JSON bytes
     */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new PapyriException("Could not write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reads a value written by {@link #write(Object)}.
     *
     * @param json     the JSON bytes
     * @param type     the record type
     * @param artifact the artifact's name, for the message when the bytes are damaged
     * @param <T>      the record type
     * @return the value
     * @throws PapyriException when the bytes are not such a value; the artifact should be rebuilt
     */
    public static <T> T read(byte[] json, Class<T> type, String artifact) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException | RuntimeException e) {
            throw new PapyriException("Stored artifact " + artifact + " is not a readable " + type.getSimpleName()
                    + " (" + e.getMessage() + "); delete it so that it is rebuilt.", e);
        }
    }
}
