package org.roadshow.ui;

import java.util.List;
import java.util.Objects;

/** Light or dark. The dark stylesheet only overrides colours, so it is applied on top of the light one. */
public enum Theme {
    LIGHT, DARK;

    public List<String> stylesheets() {
        String light = resource("light.css");
        return this == DARK ? List.of(light, resource("dark.css")) : List.of(light);
    }

    private static String resource(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm();
    }
}
