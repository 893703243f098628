package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one kind of data-transfer object from a jackson-core parser: it remembers where the object's '{'
 * is (for errors found later in toModel), hands each field to {@link #readField} and keeps the fields this
 * version does not know. Each kind is a small subclass in {@link ProjectReader} with a switch over its
 * field names: no reflection and no lambdas, which keeps the first read in a fresh JVM cheap.
 */
abstract class DtoReader<T extends JsonObject> {
    abstract T create();

    /**
     * Reads the value of the field {@code name} (the parser stands on the value's first token) into
     * {@code dto}; false when {@code name} is not a field of T.
     */
    abstract boolean readField(T dto, String name, JsonParser p) throws IOException;

    /** The object the parser stands on, or null for JSON null. */
    final T read(JsonParser p) throws IOException {
        if (!p.hasToken(JsonToken.START_OBJECT)) {
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                return null;
            }
            throw JsonValues.expected(p, "an object {...}");
        }
        T dto = create();
        dto.location = p.currentTokenLocation();
        if (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            do {
                p.nextToken();
                try {
                    if (!readField(dto, name, p)) {
                        dto.putUnknown(name, JsonValues.unknown(p));
                    }
                } catch (BadValueException e) {
                    throw e.inField(name);
                }
            } while ((name = p.nextFieldName()) != null);
        }
        return dto;
    }

    /** A list of these objects, or null for JSON null; a null element stays null (toModel reports it). */
    final List<T> readList(JsonParser p) throws IOException {
        if (!JsonValues.startsList(p)) {
            return null;
        }
        List<T> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            try {
                list.add(read(p));
            } catch (BadValueException e) {
                throw e.atIndex(list.size());
            }
        }
        return list;
    }
}
