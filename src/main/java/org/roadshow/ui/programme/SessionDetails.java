package org.roadshow.ui.programme;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.roadshow.model.Session;
import org.roadshow.model.Talk;

/** The selected session in full: when and where, speakers, abstract, links, its star and its team-talk link. */
final class SessionDetails extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ProgrammeViewModel vm;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label meta = new Label();
    private final Label speakers = new Label();
    private final Label clash = new Label();
    private final Label text = new Label();
    private final Button star = new Button();
    private final ComboBox<Talk> talk = new ComboBox<>();
    private final Button link = new Button("Link");
    private final Label linked = new Label();
    private Session shown;

    SessionDetails(ProgrammeViewModel vm) {
        this.vm = vm;
        getStyleClass().add("session-details");
        setPadding(new Insets(10, 12, 10, 12));
        setSpacing(4);
        title.getStyleClass().add("session-title");
        subtitle.getStyleClass().add("session-subtitle");
        meta.getStyleClass().add("session-meta");
        clash.getStyleClass().add("session-clash");
        title.setWrapText(true);
        subtitle.setWrapText(true);
        text.setWrapText(true);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("session-text");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        star.setId("details-star");
        star.setOnAction(e -> {
            if (shown != null) {
                vm.toggleStar(shown);
            }
        });
        talk.setPromptText("Team talk…");
        talk.setCellFactory(l -> new TalkCell());
        talk.setButtonCell(new TalkCell());
        link.setOnAction(e -> {
            if (shown != null) {
                Optional<Talk> linkedNow = vm.linkedTalk(shown);
                vm.linkTalk(linkedNow.isPresent() ? null : talk.getValue() == null ? null : talk.getValue().id(), shown);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, star, gap, linked, talk, link);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(title, subtitle, meta, speakers, clash, scroll, actions);
        show(null, "");
    }

    void show(SessionRow row) {
        show(row == null ? null : row.session(), row == null ? "" : row.clash());
    }

    private void show(Session s, String clashText) {
        shown = s;
        setDisable(s == null);
        if (s == null) {
            title.setText("Select a session to see its details.");
            for (Label l : List.of(subtitle, meta, speakers, clash, text, linked)) {
                l.setText("");
            }
            star.setText(ProgrammeTable.UNSTARRED + " Star");
            talk.getItems().clear();
            return;
        }
        title.setText((s.cancelled() ? "Cancelled: " : "") + s.title());
        subtitle.setText(s.subtitle());
        List<String> parts = new ArrayList<>();
        parts.add(WHEN.format(s.start().time()) + "–" + CLOCK.format(s.end().time()) + " (" + s.start().zone() + ")");
        for (String p : List.of(s.room(), s.track(), s.type())) {
            if (!p.isBlank()) {
                parts.add(p);
            }
        }
        meta.setText(String.join("  ·  ", parts));
        speakers.setText(s.speakers().isEmpty() ? "" : "Speakers: " + String.join(", ", s.speakers()));
        clash.setText(clashText.isEmpty() ? "" : "⚠ " + clashText);
        for (Label l : List.of(subtitle, speakers, clash)) {
            l.setManaged(!l.getText().isEmpty());
            l.setVisible(!l.getText().isEmpty());
        }
        String links = String.join("\n", s.links());
        text.setText(s.abstractText().isEmpty() ? links : links.isEmpty() ? s.abstractText() : s.abstractText() + "\n\n" + links);
        boolean on = s.starredBy(vm.personIdProperty().get());
        String who = vm.personName(vm.personIdProperty().get());
        star.setText(on ? ProgrammeTable.STARRED + " Starred by " + who : ProgrammeTable.UNSTARRED + " Star for " + who);
        star.setDisable(vm.personIdProperty().get() == null);
        Optional<Talk> linkedTalk = vm.linkedTalk(s);
        talk.getItems().setAll(vm.talks());
        talk.setVisible(linkedTalk.isEmpty() && !vm.talks().isEmpty());
        link.setVisible(linkedTalk.isPresent() || !vm.talks().isEmpty());
        link.setText(linkedTalk.isPresent() ? "Unlink" : "Link");
        linked.setText(linkedTalk.map(t -> "Our talk: " + t.title()).orElse(""));
    }

    private static final class TalkCell extends ListCell<Talk> {
        @Override
        protected void updateItem(Talk t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? null : t.title());
        }
    }
}
