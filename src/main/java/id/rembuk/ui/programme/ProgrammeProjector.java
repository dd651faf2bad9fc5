package id.rembuk.ui.programme;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Programme;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.Observe;
import id.rembuk.ui.run.ProjectorService;
import id.rembuk.ui.tows.FitColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One dimension's programmes for the room: 1024×768, dark, each programme a line in 26 px with its
 * ref, and under it the lead OPD, horizon and budget. It follows the session while it is shown.
 */
public final class ProgrammeProjector {
    private final ObservableValue<SessionState> state;
    private final Dimension dimension;
    private final Label heading = new Label();
    private final Label sub = new Label();
    private final FitColumn list = new FitColumn(14, n -> Messages.get("programme.pleno.more", n));

    public ProgrammeProjector(ObservableValue<SessionState> state, Dimension dimension) {
        this.state = state;
        this.dimension = dimension;
    }

    public Node root() {
        heading.setId("programmePlenoHeading");
        heading.getStyleClass().add("projector-heading");
        heading.setWrapText(true);
        sub.getStyleClass().add("projector-sub");
        list.setId("programmePlenoList");
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox root = new VBox(16, new VBox(4, heading, sub), list);
        root.setId("programmePleno");
        root.getStyleClass().addAll("programme", "programme-projector", "dim-" + dimension.code());
        root.getStylesheets().add(ProgrammeView.CSS);
        root.setPrefSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        root.setMaxSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        Observe.whileAlive(root, this::update, state);
        return root;
    }

    private void update() {
        SessionState s = state.getValue();
        String name = s == null ? dimension.defaultLabel() : Labels.of(s).dimension(dimension, Messages.locale());
        List<Portfolio.Entry> in = Portfolio.of(s).inDimension(dimension);
        long budget = in.stream().mapToLong(e -> e.programme().budget()).sum();
        heading.setText(Messages.get("programme.pleno.title", name));
        sub.setText(Messages.get("programme.pleno.sub", in.size(), IndonesianFormat.rupiahShort(budget)));
        List<Node> rows = new ArrayList<>();
        for (Portfolio.Entry e : in) {
            rows.add(row(e));
        }
        if (rows.isEmpty()) {
            Label none = new Label(Messages.get("programme.pleno.empty"));
            none.getStyleClass().add("pleno-empty");
            rows.add(none);
        }
        list.setItems(rows);
    }

    private Node row(Portfolio.Entry e) {
        Programme p = e.programme();
        Label ref = new Label(e.ref());
        ref.getStyleClass().add("pleno-ref");
        ref.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(p.name());
        name.getStyleClass().add("pleno-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        String lead = p.leadOpd().isBlank() ? Messages.get("programme.pleno.noLead") : p.leadOpd();
        String horizon = Messages.get("programme.horizon." + p.horizon().name().toLowerCase(Locale.ROOT));
        String money = p.budget() == 0 ? Messages.get("programme.pleno.noBudget") : IndonesianFormat.rupiah(p.budget());
        Label facts = new Label(lead + "  ·  " + horizon + "  ·  " + money);
        facts.getStyleClass().add("pleno-facts");
        facts.setWrapText(true);
        facts.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, name, facts);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(14, ref, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("pleno-row");
        return row;
    }
}
