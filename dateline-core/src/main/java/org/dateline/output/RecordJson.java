package org.dateline.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.dateline.model.Record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Records as JSON in the contract of {@code record-format.md}: snake_case names
 * ({@code quad_class}, {@code reported_by}), enum values in lower case ({@code "direct"},
 * {@code "asserted"}). One shared, thread-safe mapper.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = createMapper();

    private RecordJson() {
    }

    private static ObjectMapper createMapper() {
        SimpleModule enums = new SimpleModule("dateline-enums");
        enums.addSerializer(Enum.class, new LowerCaseEnum());
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .registerModule(enums);
    }

    /** The mapper that reads and writes records; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One record as a single line of JSON (no newline). */
    public static String toLine(Record record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class LowerCaseEnum extends JsonSerializer<Enum> {
        @Override
        public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.name().toLowerCase(Locale.ROOT));
        }
    }
}
