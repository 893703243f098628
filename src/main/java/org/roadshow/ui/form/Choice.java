package org.roadshow.ui.form;

import java.util.UUID;

/** An entry of a pick list that refers to something by id (a conference, a booth, a person). */
public record Choice(UUID id, String label) {
    public static final Choice NONE = new Choice(null, "(none)");

    @Override
    public String toString() {
        return label;
    }
}
