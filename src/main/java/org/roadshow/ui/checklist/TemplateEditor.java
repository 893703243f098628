package org.roadshow.ui.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.roadshow.edit.ChecklistEdits;
import org.roadshow.model.ChecklistTemplate;
import org.roadshow.model.TemplateEntry;
import org.roadshow.plan.checklist.ShippedTemplates;
import org.roadshow.ui.document.Document;

/**
 * The checklist templates: the shipped ones (read-only) and the team's, which can be renamed, have their
 * entries changed (one a line) or be deleted. Each save or delete is one edit on the project, so undo works and
 * the team's templates are saved with it. An entry kept by its text keeps its relative due date.
 */
final class TemplateEditor extends BorderPane {
    private final Document document;
    private final ListView<ChecklistTemplate> list = new ListView<>();
    private final TextField name = new TextField();
    private final TextArea entries = new TextArea();
    private final Label note = new Label();
    private final Button save = new Button("Save changes");
    private final Button delete = new Button("Delete template");
    private boolean filling;

    TemplateEditor(Document document) {
        this.document = document;
        getStyleClass().add("template-editor");
        list.setId("templates");
        list.setPrefWidth(220);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ChecklistTemplate t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null
                        : t.name() + (ShippedTemplates.isShipped(t.id()) ? "  (shipped)" : ""));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now));
        name.setId("template-name");
        entries.setId("template-entries");
        entries.setPrefRowCount(12);
        entries.setWrapText(false);
        note.setWrapText(true);
        note.getStyleClass().add("template-note");
        save.setId("template-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        delete.setId("template-delete");
        delete.setOnAction(e -> delete());
        name.textProperty().addListener(o -> updateButtons());
        entries.textProperty().addListener(o -> updateButtons());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, delete, gap, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(6, new Label("Name"), name, new Label("Entries, one a line"), entries, note, buttons);
        VBox.setVgrow(entries, Priority.ALWAYS);
        form.setPadding(new Insets(0, 0, 0, 12));
        setLeft(list);
        setCenter(form);
        setPadding(new Insets(12));
        setPrefSize(720, 440);

        document.projectProperty().addListener((o, was, now) -> fill());
        document.readOnlyProperty().addListener(o -> show(list.getSelectionModel().getSelectedItem()));
        fill();
        list.getSelectionModel().selectFirst();
    }

    ListView<ChecklistTemplate> list() {
        return list;
    }

    /** Shipped templates, then the team's; the selected one stays selected (by id) across edits and undo. */
    private void fill() {
        ChecklistTemplate selected = list.getSelectionModel().getSelectedItem();
        int was = list.getSelectionModel().getSelectedIndex();
        List<ChecklistTemplate> all = new ArrayList<>(ShippedTemplates.all());
        all.addAll(document.project().templates());
        if (all.equals(list.getItems())) {
            return;
        }
        list.getItems().setAll(all);
        int at = Math.max(0, Math.min(was, all.size() - 1)); // a deleted one's neighbour
        for (int i = 0; selected != null && i < all.size(); i++) {
            if (all.get(i).id().equals(selected.id())) {
                at = i;
            }
        }
        list.getSelectionModel().select(at);
        show(list.getSelectionModel().getSelectedItem());
    }

    private void show(ChecklistTemplate t) {
        filling = true;
        try {
            name.setText(t == null ? "" : t.name());
            entries.setText(t == null ? "" : String.join("\n", t.entries().stream().map(TemplateEntry::text).toList()));
        } finally {
            filling = false;
        }
        boolean editable = t != null && !ShippedTemplates.isShipped(t.id()) && !document.isReadOnly();
        name.setEditable(editable);
        entries.setEditable(editable);
        note.setText(t == null ? "" : ShippedTemplates.isShipped(t.id())
                ? "Shipped with Roadshow, so it cannot be changed. To make your own, add it to a list, change the list, "
                        + "then choose “Save this list as a template…” in the list's ⋯ menu."
                : document.isReadOnly() ? "The project is open read-only."
                : "The team's own, saved in this project. Due dates of entries you keep stay as they are.");
        delete.setDisable(!editable);
        updateButtons();
    }

    private void updateButtons() {
        ChecklistTemplate t = list.getSelectionModel().getSelectedItem();
        boolean editable = t != null && !ShippedTemplates.isShipped(t.id()) && !document.isReadOnly();
        save.setDisable(filling || !editable || edited(t).equals(t) || name.getText().isBlank());
    }

    /** The template as the fields say: kept entries (matched by text) keep their due dates. */
    private ChecklistTemplate edited(ChecklistTemplate t) {
        if (t == null) {
            return null;
        }
        Map<String, TemplateEntry> old = new LinkedHashMap<>();
        for (TemplateEntry e : t.entries()) {
            old.putIfAbsent(e.text().strip().toLowerCase(java.util.Locale.ROOT), e);
        }
        List<TemplateEntry> next = new ArrayList<>();
        for (String line : entries.getText().split("\n")) {
            String text = line.strip();
            if (!text.isEmpty()) {
                TemplateEntry kept = old.get(text.toLowerCase(java.util.Locale.ROOT));
                next.add(kept == null ? TemplateEntry.of(text) : kept.withText(text));
            }
        }
        return t.withName(name.getText().strip()).withEntries(next);
    }

    private void save() {
        ChecklistTemplate t = list.getSelectionModel().getSelectedItem();
        if (t != null && !ShippedTemplates.isShipped(t.id()) && !document.isReadOnly()) {
            ChecklistTemplate next = edited(t);
            if (!Objects.equals(next, t) && !next.name().isBlank()) {
                document.apply(ChecklistEdits.putTemplate(next));
            }
        }
    }

    private void delete() {
        ChecklistTemplate t = list.getSelectionModel().getSelectedItem();
        if (t != null && !ShippedTemplates.isShipped(t.id()) && !document.isReadOnly()) {
            UUID id = t.id();
            document.apply(ChecklistEdits.removeTemplate(id));
        }
    }
}
