package org.roadshow.io.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Records where each DTO's '{' is in the file, so that the errors found later in toModel() (a missing field,
 * an end before its start) name the object's line and column.
 */
final class LocatingDeserializer extends DelegatingDeserializer {
    private LocatingDeserializer(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    /** Wraps the deserializer of every {@link JsonObject}. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("roadshow-locations");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return JsonObject.class.isAssignableFrom(description.getBeanClass())
                        ? new LocatingDeserializer(deserializer) : deserializer;
            }
        });
        return module;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new LocatingDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        Object value = super.deserialize(p, ctxt);
        if (value instanceof JsonObject dto) {
            dto.location = start;
        }
        return value;
    }
}
