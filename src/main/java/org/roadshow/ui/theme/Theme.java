package org.roadshow.ui.theme;

import java.util.List;

/** Light or dark. The dark stylesheet only overrides colours, so it is applied on top of the light one. */
public enum Theme {
    LIGHT, DARK;

    public List<String> stylesheets() {
        String light = resource("light.css");
        return this == DARK ? List.of(light, resource("dark.css")) : List.of(light);
    }

    private static String resource(String name) {
        return CompiledCss.url(Theme.class, name);
    }
}
