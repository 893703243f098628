package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The jackson-databind set-up for saving, and for the JSON tree of an older file that is migrated: a stable
 * pretty-printed output with two-space indents, "key": value, one array element per line and '\n' line ends
 * on every platform; ids, zones, dates and times as plain ISO text. Reading a current file never comes here
 * ({@link ProjectReader}), so the mapper is built only when something is saved or migrated.
 */
final class ProjectJson {
    static final ObjectMapper MAPPER = createMapper();
    static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private ProjectJson() {
    }

    private static ObjectMapper createMapper() {
        return JsonMapper.builder(ProjectJsonFactory.create())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // a migrated tree keeps unknown numbers
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                // Empty texts and lists are left out; what sits inside unknown fields is always written.
                .defaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
                .addModule(textValues())
                .build();
    }

    /** The types {@link TextValues} reads back, written as their ISO text. */
    private static SimpleModule textValues() {
        SimpleModule module = new SimpleModule("roadshow-text-values");
        for (Class<?> type : List.of(UUID.class, ZoneId.class, LocalDateTime.class, LocalDate.class, LocalTime.class,
                Instant.class)) {
            module.addSerializer(type, ToStringSerializer.instance);
        }
        return module;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
