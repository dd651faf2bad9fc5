package id.rembuk.ui.vision;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Keyword;
import id.rembuk.domain.Mission;
import id.rembuk.domain.Records;
import id.rembuk.domain.Vision;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.run.ProjectorService;
import id.rembuk.ui.tows.FitColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The vision for the room, 1024×768: the adopted vision large (a draft, marked so, while none is
 * adopted), its keywords as chips, and the missions numbered. Follows the session while shown.
 */
public final class VisionProjector {
    private final ObservableValue<SessionState> state;
    private final Label kicker = new Label();
    private final Label vision = new Label();
    private final FlowPane chips = new FlowPane(8, 8);
    private final FitColumn missions = new FitColumn(10, n -> Messages.get("vision.pleno.more", n));
    private final Label missionsTitle = new Label();

    public VisionProjector(ObservableValue<SessionState> state) {
        this.state = state;
    }

    public Node root() {
        kicker.getStyleClass().add("pleno-kicker");
        vision.setId("visionPlenoText");
        vision.getStyleClass().add("pleno-vision");
        vision.setWrapText(true);
        vision.setMinHeight(Label.USE_PREF_SIZE);
        chips.setId("visionPlenoKeywords");
        missionsTitle.getStyleClass().add("pleno-kicker");
        missions.setId("visionPlenoMissions");
        VBox.setVgrow(missions, Priority.ALWAYS);
        VBox root = new VBox(14, kicker, vision, chips, missionsTitle, missions);
        root.setId("visionPleno");
        root.getStyleClass().add("vision-projector");
        root.getStylesheets().add(VisionView.CSS);
        root.setPrefSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        Observe.whileAlive(root, this::update, state);
        return root;
    }

    private void update() {
        SessionState s = state.getValue();
        List<Vision> visions = s == null ? List.of() : Records.read(s, EntityKind.VISION, Vision::from).records()
                .stream().sorted(Comparator.comparingInt(Vision::order).thenComparing(Vision::id)).toList();
        Optional<Vision> adopted = visions.stream().filter(Vision::adopted).findFirst();
        Optional<Vision> shown = adopted.or(() -> visions.isEmpty() ? Optional.empty()
                : Optional.of(visions.get(visions.size() - 1)));
        kicker.setText(Messages.get(adopted.isPresent() ? "vision.pleno.vision" : "vision.pleno.draft"));
        vision.setText(shown.map(Vision::text).orElse(Messages.get("vision.pleno.noVision")));
        vision.getStyleClass().remove("none");
        if (shown.isEmpty()) {
            vision.getStyleClass().add("none");
        }
        // the vision's own keywords; before there is one, the board's
        List<String> words = shown.map(Vision::keywords).filter(k -> !k.isEmpty()).orElseGet(() -> s == null
                ? List.of() : Records.read(s, EntityKind.KEYWORD, Keyword::from).records().stream()
                .sorted(Comparator.comparingInt(Keyword::order).thenComparing(Keyword::id)).map(Keyword::text)
                .toList());
        chips.getChildren().setAll(words.stream().map(w -> {
            Label chip = new Label(w);
            chip.getStyleClass().add("pleno-chip");
            return (Node) chip;
        }).toList());
        List<Mission> list = s == null ? List.of() : Records.read(s, EntityKind.MISSION, Mission::from).records()
                .stream().sorted(Comparator.comparingInt(Mission::order).thenComparing(Mission::id)).toList();
        missionsTitle.setText(Messages.get("vision.pleno.missions"));
        missionsTitle.setVisible(!list.isEmpty());
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Label n = new Label(Integer.toString(i + 1));
            n.getStyleClass().add("pleno-number");
            n.setMinWidth(Label.USE_PREF_SIZE);
            Text t = new Text(list.get(i).text());
            t.getStyleClass().add("pleno-mission");
            TextFlow flow = new TextFlow(t);
            HBox.setHgrow(flow, Priority.ALWAYS);
            HBox row = new HBox(12, n, flow);
            row.setAlignment(Pos.TOP_LEFT);
            rows.add(row);
        }
        missions.setItems(rows);
    }
}
