package org.roadshow.io.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base of the file's data-transfer objects. It keeps the fields this version does not know (written by a
 * newer Roadshow) so that they are saved again, and where in the file the object started, for errors.
 * Both fields are transient so that Jackson does not treat them as properties.
 */
abstract class JsonObject {
    private static final Map<Class<?>, Set<String>> KNOWN = new ConcurrentHashMap<>();

    /** Where the object's '{' is in the file; null when it was not read from a file. */
    transient JsonLocation location;

    /** Sorted by name, so that they are written in a stable order. */
    private final transient Map<String, Object> unknownFields = new TreeMap<>();

    @JsonAnySetter
    void putUnknown(String name, Object value) {
        unknownFields.put(name, value);
    }

    @JsonAnyGetter
    Map<String, Object> unknownFields() {
        return unknownFields;
    }

    /** Adds unknown fields kept in the model, except any that clash with a field this version writes. */
    void keepUnknown(Map<String, Object> fields) {
        Set<String> known = knownNames(getClass());
        fields.forEach((name, value) -> {
            if (!known.contains(name)) {
                unknownFields.put(name, value);
            }
        });
    }

    /** The JSON names of the type's fields (those reading binds and saving writes). */
    static Set<String> knownNames(Class<?> type) {
        return KNOWN.computeIfAbsent(type, t -> {
            Set<String> names = new HashSet<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
                        continue;
                    }
                    JsonProperty renamed = f.getAnnotation(JsonProperty.class);
                    names.add(renamed != null && !renamed.value().isEmpty() ? renamed.value() : f.getName());
                }
            }
            return Collections.unmodifiableSet(names);
        });
    }
}
