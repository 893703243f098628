package org.roadshow.io.project.oracle;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Helpers the DTOs share to turn lists into the model, naming each element's path on error. */
final class Convert {
    private Convert() {
    }

    interface Step<D, M> {
        M apply(D dto, ReadContext ctx, String path);
    }

    /** A DTO that becomes one model object (called directly: no lambda to set up while the app starts). */
    interface ModelSource<M> {
        M toModel(ReadContext ctx, String path);
    }

    /** Converts each element; an empty (null) element or one the model refuses is an error at its path. */
    static <M, D extends JsonObject & ModelSource<M>> List<M> each(List<D> dtos, JsonObject owner, String path,
                                                                  ReadContext ctx) {
        return each(dtos, owner, path, null, ctx);
    }

    /** As above, with {@code step} doing the conversion (for a DTO that needs more than the context). */
    static <D extends JsonObject, M> List<M> each(List<D> dtos, JsonObject owner, String path, Step<D, M> step,
                                                 ReadContext ctx) {
        if (dtos == null) {
            return List.of();
        }
        List<M> out = new ArrayList<>(dtos.size());
        for (int i = 0; i < dtos.size(); i++) {
            D dto = dtos.get(i);
            String at = path + "[" + i + "]";
            if (dto == null) {
                throw ReadContext.invalid(owner, at, "is null; expected an object");
            }
            try {
                @SuppressWarnings("unchecked")
                M model = step != null ? step.apply(dto, ctx, at) : ((ModelSource<M>) dto).toModel(ctx, at);
                out.add(model);
            } catch (NullPointerException | IllegalArgumentException | DateTimeException e) {
                throw ReadContext.invalid(dto, at, String.valueOf(e.getMessage()));
            }
        }
        return out;
    }

    /** A list of texts without null elements; a missing list is empty. */
    static List<String> texts(List<String> values, JsonObject owner, String path, String field) {
        return noNulls(values, owner, path, field, "text");
    }

    /** A list of ids without null elements; a missing list is empty. */
    static List<UUID> ids(List<UUID> values, JsonObject owner, String path, String field) {
        return noNulls(values, owner, path, field, "an id");
    }

    private static <T> List<T> noNulls(List<T> values, JsonObject owner, String path, String field, String what) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw ReadContext.invalid(owner, path, field + "[" + i + "] is null; expected " + what);
            }
        }
        return values;
    }

    /** An enum written in lower case ("flight"), read back case-insensitively. */
    static <E extends Enum<E>> E constant(Class<E> type, String text, JsonObject owner, String path, String field) {
        ReadContext.require(text, owner, path, field);
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(name(constant));
            }
            throw ReadContext.invalid(owner, path, field + " '" + text + "' is not one of " + String.join(", ", allowed));
        }
    }

    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
