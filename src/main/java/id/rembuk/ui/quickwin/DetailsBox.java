package id.rembuk.ui.quickwin;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.Observe;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The selected programme: its scores, its quadrant, the rules it breaks, the nudge and its note,
 * and the buttons to choose it, un-choose it or return it to its scored place.
 */
final class DetailsBox {
    private final QuickWinViewModel vm;
    private final Label none = new Label();
    private final Label title = new Label();
    private final Label dimension = new Label();
    private final Label score = new Label();
    private final Label place = new Label();
    private final Label rules = new Label();
    private final Label nudge = new Label();
    private final Button reset = new Button();
    private final Label chosen = new Label();
    private final Button choose = new Button();
    private final Button unchoose = new Button();
    private final Label moveHint = new Label();
    private final Label hint = new Label();
    private final VBox details;
    private final VBox box;

    DetailsBox(QuickWinViewModel vm) {
        this.vm = vm;
        none.setText(Messages.get("quickwin.detail.none"));
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        title.setId("qwDetailTitle");
        title.getStyleClass().add("qw-detail-title");
        title.setWrapText(true);
        dimension.getStyleClass().add(Styles.TEXT_MUTED);
        score.setId("qwDetailScore");
        place.setId("qwDetailPlace");
        rules.setId("qwDetailRules");
        nudge.setId("qwDetailNudge");
        chosen.setId("qwDetailChosen");
        for (Label l : new Label[] {score, place, rules, nudge, chosen}) {
            l.setWrapText(true);
            l.setGraphicTextGap(6);
        }
        nudge.getStyleClass().add("qw-detail-nudge");
        chosen.getStyleClass().add("qw-detail-chosen");
        reset.setId("qwReset");
        reset.setText(Messages.get("quickwin.button.reset"));
        reset.setGraphic(new FontIcon(Material2OutlinedMZ.RESTORE));
        reset.getStyleClass().add(Styles.SMALL);
        reset.setOnAction(e -> {
            if (vm.selectedProperty().get() != null) {
                vm.resetNudge(vm.selectedProperty().get());
            }
        });
        choose.setId("qwChoose");
        choose.setText(Messages.get("quickwin.button.choose"));
        choose.setGraphic(new FontIcon(Material2MZ.STAR));
        choose.getStyleClass().add(Styles.ACCENT);
        choose.setOnAction(e -> vm.startChoose(vm.selectedProperty().get()));
        unchoose.setId("qwUnchoose");
        unchoose.setText(Messages.get("quickwin.button.unchoose"));
        unchoose.setOnAction(e -> vm.startUnchoose(vm.selectedProperty().get()));
        moveHint.setText(Messages.get("quickwin.detail.moveHint"));
        moveHint.setWrapText(true);
        moveHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setId("qwHint");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.WARNING);
        hint.textProperty().bind(vm.hintProperty());
        hint.visibleProperty().bind(vm.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        HBox buttons = new HBox(8, choose, unchoose);
        buttons.setAlignment(Pos.CENTER_LEFT);
        details = new VBox(4, title, dimension, score, place, rules, nudge, reset, chosen, buttons, moveHint);
        box = new VBox(6, none, details, hint);
        box.setId("qwDetails");
        box.getStyleClass().add("qw-details");
        // the prompt above says which programme; the list below keeps its room
        box.visibleProperty().bind(vm.promptProperty().isNull());
        box.managedProperty().bind(box.visibleProperty());
        Observe.whileAlive(box, this::update, vm.selectedEntryProperty());
    }

    Node root() {
        return box;
    }

    private void update() {
        Portfolio.Entry e = vm.selectedEntryProperty().get();
        show(none, e == null);
        show(details, e != null);
        if (e == null) {
            return;
        }
        title.setText(e.ref() + " · " + e.programme().name());
        dimension.setText(vm.dimensionName(e.dimension()));
        score.setText(vm.scoreText(e));
        place.setText(vm.placeText(e));
        if (e.broken().isEmpty()) {
            rules.setText(Messages.get("quickwin.detail.rules.ok"));
            rules.setGraphic(colored(new FontIcon(Material2OutlinedAL.CHECK_CIRCLE), "qw-ok"));
        } else {
            rules.setText(Messages.get("quickwin.detail.rules.broken", QuickWinViewModel.rules(e.broken())));
            rules.setGraphic(colored(new FontIcon(Material2MZ.REPORT_PROBLEM), "qw-flag"));
        }
        show(nudge, e.nudge().isPresent());
        show(reset, e.nudge().isPresent());
        e.nudge().ifPresent(n -> {
            nudge.setText(Messages.get("quickwin.detail.nudged", n.note()));
            nudge.setGraphic(colored(new FontIcon(Material2MZ.PUSH_PIN), "qw-pin"));
        });
        show(chosen, e.chosen());
        e.quickWin().ifPresent(q -> {
            chosen.setText(Messages.get("quickwin.detail.chosen", q.reason()));
            chosen.setGraphic(colored(new FontIcon(Material2MZ.STAR), "qw-star"));
        });
        show(choose, !e.chosen());
        show(unchoose, e.chosen());
        show(moveHint, e.position().isPresent());
    }

    private static FontIcon colored(FontIcon i, String style) {
        i.getStyleClass().add(style);
        return i;
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
