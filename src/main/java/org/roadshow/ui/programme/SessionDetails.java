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
import javafx.scene.text.TextFlow;
import org.roadshow.model.Session;
import org.roadshow.model.Talk;

/**
 * The selected session in full: when and where, speakers, abstract, links, its star and its team-talk link,
 * with the words of the search marked, what it clashes with, and the other starred sessions at the same time.
 */
final class SessionDetails extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ProgrammeViewModel vm;
    private final TextFlow title = new TextFlow();
    private final Label subtitle = new Label();
    private final Label meta = new Label();
    private final TextFlow speakers = new TextFlow();
    private final Label clash = new Label();
    private final Label sameTime = new Label();
    private final TextFlow text = new TextFlow();
    private final Button star = new Button();
    private final ComboBox<Talk> talk = new ComboBox<>();
    private final Button link = new Button("Link");
    private final Label linked = new Label();
    private Session shown;
    private SessionRow shownRow;

    SessionDetails(ProgrammeViewModel vm) {
        this.vm = vm;
        getStyleClass().add("session-details");
        setPadding(new Insets(10, 12, 10, 12));
        setSpacing(4);
        title.getStyleClass().add("session-title");
        subtitle.getStyleClass().add("session-subtitle");
        meta.getStyleClass().add("session-meta");
        clash.getStyleClass().add("session-clash");
        sameTime.getStyleClass().add("session-same-time");
        speakers.getStyleClass().add("session-speakers");
        text.getStyleClass().add("session-abstract");
        title.setId("details-title");
        text.setId("details-text");
        subtitle.setWrapText(true);
        clash.setWrapText(true);
        sameTime.setWrapText(true);
        text.setPadding(new Insets(2, 4, 2, 0));
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setMinHeight(0); // a short pane shrinks the abstract, never the star and link buttons
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
        getChildren().addAll(title, subtitle, meta, speakers, clash, sameTime, scroll, actions);
        vm.searchWordsProperty().addListener(o -> show(shownRow));
        show(null);
    }

    private final javafx.beans.InvalidationListener marksChanged = o -> show(shownRow);

    void show(SessionRow row) {
        if (shownRow != row) {
            if (shownRow != null) {
                shownRow.clashProperty().removeListener(marksChanged);
                shownRow.sameTimeProperty().removeListener(marksChanged);
            }
            if (row != null) {
                row.clashProperty().addListener(marksChanged);
                row.sameTimeProperty().addListener(marksChanged);
            }
        }
        shownRow = row;
        Session s = row == null ? null : row.session();
        shown = s;
        setDisable(s == null);
        String[] words = vm.searchWordsProperty().get();
        if (s == null) {
            MatchText.fill(title, "Select a session to see its details.", List.of());
            for (Label l : List.of(subtitle, meta, clash, sameTime, linked)) {
                l.setText("");
            }
            speakers.getChildren().clear();
            text.getChildren().clear();
            hideEmpty();
            star.setText(ProgrammeTable.UNSTARRED + " Star");
            talk.getItems().clear();
            return;
        }
        String heading = (s.cancelled() ? "Cancelled: " : "") + s.title();
        MatchText.fill(title, heading, SessionSearch.marks(heading, words));
        subtitle.setText(s.subtitle());
        List<String> parts = new ArrayList<>();
        parts.add(WHEN.format(s.start().time()) + "–" + CLOCK.format(s.end().time()) + " (" + s.start().zone() + ")");
        for (String p : List.of(s.room(), s.track(), s.type(), vm.programmeNameOf(row))) {
            if (!p.isBlank()) {
                parts.add(p);
            }
        }
        meta.setText(String.join("  ·  ", parts));
        String who = s.speakers().isEmpty() ? "" : "Speakers: " + String.join(", ", s.speakers());
        MatchText.fill(speakers, who, SessionSearch.marks(who, words));
        clash.setText(row.clash().isEmpty() ? "" : "⚠ " + row.clash());
        sameTime.setText(row.sameTime().isEmpty() ? "" : ProgrammeTable.SAME_TIME + " " + row.sameTime());
        String links = String.join("\n", s.links());
        String body = s.abstractText().isEmpty() ? links : links.isEmpty() ? s.abstractText() : s.abstractText() + "\n\n" + links;
        MatchText.fill(text, body, SessionSearch.marks(body, words));
        hideEmpty();
        boolean on = s.starredBy(vm.personIdProperty().get());
        String person = vm.personName(vm.personIdProperty().get());
        star.setText(on ? ProgrammeTable.STARRED + " Starred by " + person : ProgrammeTable.UNSTARRED + " Star for " + person);
        star.setDisable(vm.personIdProperty().get() == null);
        Optional<Talk> linkedTalk = vm.linkedTalk(s);
        talk.getItems().setAll(vm.talks());
        talk.setVisible(linkedTalk.isEmpty() && !vm.talks().isEmpty());
        link.setVisible(linkedTalk.isPresent() || !vm.talks().isEmpty());
        link.setText(linkedTalk.isPresent() ? "Unlink" : "Link");
        linked.setText(linkedTalk.map(t -> "Our talk: " + t.title()).orElse(""));
    }

    private void hideEmpty() {
        for (Label l : List.of(subtitle, clash, sameTime)) {
            l.setManaged(!l.getText().isEmpty());
            l.setVisible(!l.getText().isEmpty());
        }
        speakers.setManaged(!speakers.getChildren().isEmpty());
        speakers.setVisible(!speakers.getChildren().isEmpty());
    }

    /** What the details say as plain text: the title, then the abstract (for tests). */
    String titleText() {
        return MatchText.textOf(title);
    }

    TextFlow abstractFlow() {
        return text;
    }

    private static final class TalkCell extends ListCell<Talk> {
        @Override
        protected void updateItem(Talk t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? null : t.title());
        }
    }
}
