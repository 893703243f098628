package org.roadshow.model;

/** One line of a checklist template: what to bring or do, and optionally when, relative to where it is applied. */
public record TemplateEntry(String text, TemplateDue due) {
    public TemplateEntry {
        text = Lists.text(text);
    }

    public static TemplateEntry of(String text) {
        return new TemplateEntry(text, null);
    }

    public TemplateEntry withText(String text) {
        return new TemplateEntry(text, due);
    }

    public TemplateEntry withDue(TemplateDue due) {
        return new TemplateEntry(text, due);
    }
}
