package org.roadshow.io.project;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson set-up for the project file, reading and writing. Reading is strict: a duplicate key, content
 * after the project, null for a true/false that is required, or any coercion (a number where text belongs and
 * the reverse, a fraction for a whole number, text for true or false, a single value for a list) is an error;
 * {@link JsonErrors} words them. Fields this version does not know are kept by {@link JsonObject}. Writing is
 * pretty-printed in a stable order: two-space indents, "key": value, one array element per line and '\n' line
 * ends on every platform; ids, zones, dates and times as plain ISO text ({@link TextValues}).
 */
final class ProjectJson {
    static final ObjectMapper MAPPER = createMapper();
    static final ObjectReader READER = MAPPER.readerFor(JsonProject.class);
    static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private ProjectJson() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        ObjectMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // unknown numbers are written as read
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                // Empty texts and lists are left out; what sits inside unknown fields is always written.
                .defaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
                .addModule(TextValues.module())
                .addModule(LocatingDeserializer.module())
                .build();
        mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false);
        for (CoercionInputShape shape : CoercionInputShape.values()) {
            mapper.coercionConfigDefaults().setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
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
