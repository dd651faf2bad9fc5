package id.rembuk.ui.profile;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.IndicatorTarget;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Labels;
import id.rembuk.domain.MonthStep;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.Observe;
import id.rembuk.ui.run.ProjectorService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One quick win's profile for the room, on one 1024×768 page: its name, the problem it answers and
 * the goal, who leads it, what it costs and when, the months of its steps and its indicators from
 * baseline to target. It follows the session while shown.
 */
public final class ProfileProjector {
    private static final double CELL = 44;
    private static final int MAX_STEPS = 5;
    private static final int MAX_INDICATORS = 4;

    private final ObservableValue<SessionState> state;
    private final String quickWinId;
    private final VBox body = new VBox(14);

    public ProfileProjector(ObservableValue<SessionState> state, String quickWinId) {
        this.state = state;
        this.quickWinId = quickWinId;
    }

    public Node root() {
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox root = new VBox(body);
        root.setId("profilePleno");
        root.getStyleClass().addAll("profile", "profile-projector");
        root.getStylesheets().add(ProfileView.CSS);
        root.setPrefSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        root.setMaxSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        Observe.whileAlive(root, this::update, state);
        return root;
    }

    private void update() {
        SessionState s = state.getValue();
        Portfolio p = Portfolio.of(s);
        Optional<QuickWin> found = p.quickWins().stream().filter(q -> q.id().equals(quickWinId)).findFirst();
        if (found.isEmpty()) {
            Label gone = new Label(Messages.get("profile.pleno.gone"));
            gone.getStyleClass().add("pleno-empty");
            body.getChildren().setAll(gone);
            return;
        }
        QuickWin q = found.get();
        String ref = p.programmes().stream().filter(e -> e.quickWin().map(w -> w.id().equals(q.id())).orElse(false))
                .map(Portfolio.Entry::ref).findFirst().orElse(q.dimension().code());
        Labels labels = s == null ? Labels.defaults() : Labels.of(s);
        body.getChildren().setAll(header(q, ref, labels), problemGoal(q), facts(q), schedule(q), indicators(q));
        for (Dimension d : Dimension.values()) {
            body.getStyleClass().remove("dim-" + d.code());
        }
        body.getStyleClass().add("dim-" + q.dimension().code());
    }

    private Node header(QuickWin q, String ref, Labels labels) {
        Label chip = new Label(ref);
        chip.getStyleClass().add("pleno-chip");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(q.name());
        name.setId("profilePlenoName");
        name.getStyleClass().add("projector-heading");
        name.setWrapText(true);
        name.setMaxHeight(90);
        String where = labels.dimension(q.dimension(), Messages.locale())
                + q.subDimension().map(sd -> " · " + labels.subDimension(sd, Messages.locale())).orElse("");
        Label sub = new Label(where);
        sub.getStyleClass().add("projector-sub");
        VBox titles = new VBox(2, name, sub);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox h = new HBox(16, chip, titles);
        h.setAlignment(Pos.TOP_LEFT);
        return h;
    }

    private Node problemGoal(QuickWin q) {
        Node problem = panel("profile.pleno.problem", q.problem(), "pleno-problem");
        Node goal = panel("profile.pleno.goal", q.goal(), "pleno-goal");
        Label arrow = new Label("→");
        arrow.getStyleClass().add("pleno-arrow");
        arrow.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(problem, Priority.ALWAYS);
        HBox.setHgrow(goal, Priority.ALWAYS);
        HBox h = new HBox(12, problem, arrow, goal);
        h.setAlignment(Pos.CENTER);
        return h;
    }

    private static VBox panel(String titleKey, String text, String style) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("pleno-label");
        Label body = new Label(text.isBlank() ? Messages.get("profile.pleno.none") : text);
        body.getStyleClass().add(text.isBlank() ? "pleno-empty" : "pleno-text");
        body.setWrapText(true);
        body.setAlignment(Pos.TOP_LEFT);
        body.setMaxHeight(160);
        body.setMinHeight(0);
        VBox box = new VBox(4, title, body);
        box.getStyleClass().addAll("pleno-panel", style);
        box.setPrefWidth(480);
        box.setMinWidth(0);
        box.setMinHeight(200);
        box.setPrefHeight(200);
        box.setMaxHeight(200);
        return box;
    }

    private Node facts(QuickWin q) {
        String budget = q.budget() == 0 ? Messages.get("profile.pleno.none")
                : IndonesianFormat.rupiahShort(q.budget()) + " · " + q.funding().name();
        HBox h = new HBox(12,
                fact("profile.pleno.lead", q.leadOpd().isBlank() ? Messages.get("profile.pleno.none") : q.leadOpd()),
                fact("profile.pleno.budget", budget),
                fact("profile.pleno.when", Months.shortSpan(q) + " · " + Messages.get("profile.duration.months",
                        q.durationMonths())));
        h.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        return h;
    }

    private static Node fact(String titleKey, String text) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("pleno-label");
        Label value = new Label(text);
        value.getStyleClass().add("pleno-fact");
        value.setWrapText(true);
        value.setMaxHeight(64);
        VBox box = new VBox(2, title, value);
        box.getStyleClass().add("pleno-panel");
        box.setPrefWidth(320);
        box.setMinWidth(0);
        return box;
    }

    private Node schedule(QuickWin q) {
        Label title = new Label(Messages.get("profile.pleno.schedule"));
        title.getStyleClass().add("pleno-label");
        VBox rows = new VBox(4);
        HBox head = new HBox(12, spacer(), Months.header(CELL));
        rows.getChildren().add(head);
        List<MonthStep> steps = q.steps();
        if (steps.isEmpty()) {
            HBox only = new HBox(12, activity(Messages.get("profile.pleno.none"), true), strip(0, 0, q));
            only.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(only);
        }
        for (MonthStep st : steps.subList(0, Math.min(MAX_STEPS, steps.size()))) {
            HBox row = new HBox(12, activity(st.activity(), false), strip(st.from(), st.to(), q));
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        if (steps.size() > MAX_STEPS) {
            Label more = new Label(Messages.get("profile.pleno.more", steps.size() - MAX_STEPS));
            more.getStyleClass().add("pleno-empty");
            rows.getChildren().add(more);
        }
        return new VBox(6, title, rows);
    }

    private static Region spacer() {
        Region r = new Region();
        r.setMinWidth(ACTIVITY);
        r.setPrefWidth(ACTIVITY);
        return r;
    }

    private static final double ACTIVITY = 400;

    private static Label activity(String text, boolean empty) {
        Label l = new Label(text);
        l.getStyleClass().add(empty ? "pleno-empty" : "pleno-step");
        l.setMinWidth(ACTIVITY);
        l.setPrefWidth(ACTIVITY);
        l.setMaxWidth(ACTIVITY);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static HBox strip(int from, int to, QuickWin q) {
        HBox s = Months.strip(CELL);
        s.getChildren().forEach(n -> ((Region) n).setPrefHeight(24));
        Months.paint(s, from, to, q);
        return s;
    }

    private Node indicators(QuickWin q) {
        Label title = new Label(Messages.get("profile.pleno.indicators"));
        title.getStyleClass().add("pleno-label");
        VBox rows = new VBox(4);
        List<IndicatorTarget> targets = q.targets();
        if (targets.isEmpty()) {
            Label none = new Label(Messages.get("profile.pleno.none"));
            none.getStyleClass().add("pleno-empty");
            rows.getChildren().add(none);
        }
        for (IndicatorTarget t : targets.subList(0, Math.min(MAX_INDICATORS, targets.size()))) {
            Label name = new Label(t.name());
            name.getStyleClass().add("pleno-text");
            name.setMinWidth(0);
            name.setPrefWidth(520);
            HBox.setHgrow(name, Priority.ALWAYS);
            Label base = new Label(t.baseline().isEmpty() ? "–" : t.baseline());
            base.getStyleClass().add("pleno-baseline");
            base.setMinWidth(Region.USE_PREF_SIZE);
            Label arrow = new Label("→");
            arrow.getStyleClass().add("pleno-arrow-small");
            Label target = new Label(t.target().isEmpty() ? "–" : t.target());
            target.getStyleClass().add("pleno-target");
            target.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(12, name, base, arrow, target);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("pleno-indicator");
            rows.getChildren().add(row);
        }
        if (targets.size() > MAX_INDICATORS) {
            Label more = new Label(Messages.get("profile.pleno.more", targets.size() - MAX_INDICATORS));
            more.getStyleClass().add("pleno-empty");
            rows.getChildren().add(more);
        }
        List<Node> all = new ArrayList<>(List.of(title, rows));
        return new VBox(6, all.toArray(Node[]::new));
    }
}
