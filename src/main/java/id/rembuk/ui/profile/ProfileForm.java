package id.rembuk.ui.profile;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.SubDimension;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Buku IV fields of the selected quick win in the book's order, grouped in five sections. */
final class ProfileForm {
    private static final Object REFILLING = new Object();

    private final ProfileViewModel vm;
    private final VBox root = new VBox(4);
    private final DoubleProperty available = new SimpleDoubleProperty();

    ProfileForm(ProfileViewModel vm) {
        this.vm = vm;
        root.setId("profileForm");
        root.getStyleClass().add("profile-form");
        section("profile.section.identity", ProfileField.NAME, ProfileField.DIMENSION, ProfileField.SUB_DIMENSION,
                ProfileField.PROBLEM, ProfileField.GOAL, ProfileField.BENEFICIARIES, ProfileField.DESCRIPTION);
        section("profile.section.plan", ProfileField.LEAD_OPD, ProfileField.PARTNERS, ProfileField.LOCATION,
                ProfileField.START_MONTH, ProfileField.DURATION, ProfileField.SCHEDULE);
        section("profile.section.money", ProfileField.BUDGET, ProfileField.FUNDING);
        section("profile.section.results", ProfileField.OUTPUT, ProfileField.OUTCOME, ProfileField.INDICATORS);
        section("profile.section.risk", ProfileField.RISKS, ProfileField.SUSTAINABILITY, ProfileField.REASON);
    }

    Node root() {
        return root;
    }

    /** The quick win's name, where it comes from and how full its profile is, above the form. */
    Node heading() {
        Label name = new Label();
        name.setId("profileHeading");
        name.getStyleClass().add(Styles.TITLE_4);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label ref = new Label();
        ref.getStyleClass().add("profile-ref");
        ref.setMinWidth(Region.USE_PREF_SIZE);
        Label where = new Label();
        where.getStyleClass().add("profile-muted");
        where.setMinWidth(0);
        HBox meta = new HBox(8, ref, where);
        meta.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, name, meta);
        box.getStyleClass().add("profile-heading");
        Observe.whileAlive(box, () -> {
            ProfileViewModel.Item item = vm.selectedProperty().get();
            for (Dimension d : Dimension.values()) {
                box.getStyleClass().remove("dim-" + d.code());
            }
            if (item == null) {
                return;
            }
            QuickWin q = item.quickWin();
            box.getStyleClass().add("dim-" + q.dimension().code());
            name.setText(q.name());
            ref.setText(item.ref().isEmpty() ? q.dimension().code() : item.ref());
            List<String> parts = new ArrayList<>();
            parts.add(vm.labels().dimension(q.dimension(), Messages.locale()));
            q.subDimension().ifPresent(s -> parts.add(vm.labels().subDimension(s, Messages.locale())));
            if (item.ref().isEmpty()) {
                parts.add(Messages.get("profile.direct"));
            }
            parts.add(Messages.get("profile.filled", item.filled(), item.total()));
            where.setText(String.join(" · ", parts));
        }, vm.selectedProperty());
        return box;
    }

    private void section(String titleKey, ProfileField... fields) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("profile-section");
        FormGrid grid = new FormGrid(available);
        for (ProfileField f : fields) {
            Node field = field(f);
            Label label = new Label(Messages.get(f.labelKey()));
            label.getStyleClass().add("profile-label");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            if (field instanceof Control c) {
                label.setLabelFor(c);
            }
            grid.add(label, field);
        }
        root.getChildren().addAll(title, grid.root());
    }

    private Node field(ProfileField f) {
        String id = "profileField-" + f.name();
        return switch (f) {
            case DIMENSION -> choice(f, id, List.of(Dimension.values()).stream().map(Dimension::code).toList(),
                    code -> code + " · " + Dimension.ofCode(code).map(d -> vm.labels().dimension(d,
                            Messages.locale())).orElse(code), 320);
            case SUB_DIMENSION -> subDimension(id);
            case START_MONTH -> choice(f, id, months(), m -> Months.longName(Integer.parseInt(m)), 200);
            case DURATION -> choice(f, id, months(), m -> Messages.get("profile.duration.months", m), 200);
            case FUNDING -> choice(f, id, List.of(FundingSource.values()).stream().map(FundingSource::name).toList(),
                    n -> Messages.get(FundingSource.valueOf(n).messageKey()), 320);
            case SCHEDULE, INDICATORS -> new RowsEditor(vm, f).root();
            case BUDGET -> budget(id);
            default -> text(f, id);
        };
    }

    private static List<String> months() {
        List<String> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(Integer.toString(m));
        }
        return out;
    }

    private Node text(ProfileField f, String id) {
        TextInputControl c;
        if (f.kind() == ProfileField.Kind.AREA) {
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(f == ProfileField.DESCRIPTION || f == ProfileField.PARTNERS ? 3 : 2);
            area.setMinHeight(Region.USE_PREF_SIZE);
            c = area;
        } else {
            c = new TextField();
        }
        c.setId(id);
        if (f == ProfileField.PARTNERS) {
            c.setPromptText(Messages.get("profile.prompt.partners"));
        }
        FieldKeys.bind(vm, f, c);
        return c;
    }

    private Node budget(String id) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(Messages.get("profile.prompt.budget"));
        t.setPrefWidth(260);
        t.setMaxWidth(260);
        FieldKeys.bind(vm, ProfileField.BUDGET, t);
        // what was typed as it will be read, so "1,25 M" is seen to mean Rp 1.250.000.000 before leaving
        Label reads = new Label();
        reads.setId("profileBudgetReads");
        reads.getStyleClass().add("profile-muted");
        Observe.whileAlive(reads, () -> reads.setText(reading(vm.draft(ProfileField.BUDGET).get())),
                vm.draft(ProfileField.BUDGET));
        HBox box = new HBox(12, t, reads);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static String reading(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        try {
            long v = IndonesianFormat.parseRupiah(typed);
            return "= " + IndonesianFormat.rupiah(v) + "  (" + IndonesianFormat.rupiahShort(v) + ")";
        } catch (InvalidValue e) {
            return "";
        }
    }

    private ComboBox<String> choice(ProfileField f, String id, List<String> codes, Function<String, String> label,
                                    double width) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(codes);
        box.setPrefWidth(width);
        box.setCellFactory(v -> cell(label));
        box.setButtonCell(cell(label));
        box.valueProperty().bindBidirectional(vm.draft(f));
        // a choice is made at once: saved when it changes, one action each; not while the list of
        // choices itself is replaced (the box passes through "none" then)
        box.valueProperty().addListener((o, was, now) -> {
            if (!box.getProperties().containsKey(REFILLING)) {
                vm.commit(f);
            }
        });
        box.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                vm.editingProperty().set(f);
            } else if (vm.editingProperty().get() == f) {
                vm.editingProperty().set(null);
            }
        });
        return box;
    }

    private Node subDimension(String id) {
        ComboBox<String> box = choice(ProfileField.SUB_DIMENSION, id, List.of(), code -> code.isEmpty()
                ? Messages.get("profile.prompt.subNone")
                : SubDimension.ofCode(code).map(s -> vm.labels().subDimension(s, Messages.locale())).orElse(code), 320);
        // the sub-dimensions of the dimension shown; the empty choice first
        Observe.whileAlive(box, () -> {
            List<String> codes = new ArrayList<>();
            codes.add("");
            Dimension.ofCode(vm.draft(ProfileField.DIMENSION).get())
                    .ifPresent(d -> d.subDimensions().forEach(s -> codes.add(s.code())));
            if (!box.getItems().equals(codes)) {
                String keep = vm.draft(ProfileField.SUB_DIMENSION).get();
                box.getProperties().put(REFILLING, Boolean.TRUE);
                try {
                    box.getItems().setAll(codes);
                    box.setValue(keep);
                } finally {
                    box.getProperties().remove(REFILLING);
                }
            }
        }, vm.draft(ProfileField.DIMENSION));
        return box;
    }

    private static ListCell<String> cell(Function<String, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : label.apply(code));
            }
        };
    }

    /** The form takes the scroll pane's width, and lays its labels out by it. */
    void fitTo(ScrollPane scroll) {
        scroll.viewportBoundsProperty().addListener((o, was, b) -> available.set(b.getWidth()));
    }

    /** Tab moves through the form; the scroll pane follows so the field with the keyboard is always seen. */
    void followFocus(ScrollPane scroll) {
        ChangeListener<Node> follow = (o, was, now) -> {
            if (now != null && isInside(now)) {
                reveal(scroll, now);
            }
        };
        ChangeListener<Scene> attach = (o, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(follow);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(follow);
            }
        };
        root.sceneProperty().addListener(attach);
        if (root.getScene() != null) {
            root.getScene().focusOwnerProperty().addListener(follow);
        }
    }

    private boolean isInside(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    private void reveal(ScrollPane scroll, Node n) {
        double content = root.getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view) {
            return;
        }
        Bounds b = root.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double top = scroll.getVvalue() * (content - view);
        double margin = 24;
        if (b.getMinY() - margin < top) {
            scroll.setVvalue(Math.max(0, (b.getMinY() - margin) / (content - view)));
        } else if (b.getMaxY() + margin > top + view) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() + margin - view) / (content - view)));
        }
    }
}
