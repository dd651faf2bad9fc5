package id.rembuk.ui.bench;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vote;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.store.SessionLibrary;
import id.rembuk.store.WorkingSession;
import id.rembuk.ui.board.BoardView;
import id.rembuk.ui.dialog.DialogService;
import id.rembuk.ui.session.LibrarySessionService;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.swot.SwotBoardView;
import id.rembuk.ui.swot.SwotBoardViewModel;
import id.rembuk.ui.task.BackgroundTaskExecutor;
import id.rembuk.ui.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * The SWOT board with 1,000 cards, measured the way the facilitator meets it: the time from asking
 * the shell to open the session file until the board's first frame with the cards, and the frames
 * while the four quadrants scroll and while a card is held over the board and moved (the drop mark
 * follows, a lane scrolls near its edge). Each figure sits beside the same measure on an empty board
 * in the same run (one card, so there is something to hold), so the ratio means something on any
 * machine.
 *
 * <p>Frames are read from the JavaFX pulse: an {@link AnimationTimer} notes when each pulse starts
 * (the interval between pulses is the frame time the room sees, 16.7 ms at best on a 60 Hz pulse),
 * and a post-layout pulse listener notes when the pulse's animation, CSS and layout work on the FX
 * thread is done (the part of a frame this code costs). The scrolling and the moving are driven from
 * the same timer, a fixed step per pulse, so every frame does the same work however fast they come.
 */
public final class BoardBench {
    static final int CARDS = 1000;
    private static final int OPEN_RUNS = 3;
    private static final double SECONDS = 5;
    private static final double WARM_UP = 1;
    private static final double SCROLL_STEP = 36;

    private BoardBench() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null && System.getProperty("os.name").startsWith("Linux")) {
            System.out.println("board: skipped (no DISPLAY; bench/run starts Xvfb)");
            return;
        }
        Messages.setLocale(Messages.INDONESIAN);
        Path home = Files.createTempDirectory("rembuk-board-bench");
        try {
            SessionLibrary library = new SessionLibrary(home);
            long t0 = System.nanoTime();
            Path full = session(library, CARDS);
            Path empty = session(library, 1);
            System.out.printf(Locale.ROOT, "board setup: %d cards in four quadrants (clusters, 300 dots) written in %.1f s%n",
                    CARDS, (System.nanoTime() - t0) / 1e9);
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            Platform.setImplicitExit(false);
            fx(Theme::install);
            System.out.println("board rendering: " + (Platform.isSupported(javafx.application.ConditionalFeature.SCENE3D)
                    ? "hardware pipeline" : "software pipeline (no GPU here: every frame is drawn by the CPU)"));
            run(library, full, empty);
        } finally {
            Platform.exit();
            deleteTree(home);
        }
    }

    private static void run(SessionLibrary library, Path full, Path empty) throws Exception {
        List<Double> openFull = new ArrayList<>();
        List<Double> openEmpty = new ArrayList<>();
        List<Double> dataFull = new ArrayList<>();
        for (int i = 0; i < OPEN_RUNS; i++) {
            try (Window w = Window.open(library, empty, 1)) {
                openEmpty.add(w.openMs);
            }
            try (Window w = Window.open(library, full, CARDS)) {
                openFull.add(w.openMs);
                dataFull.add(w.dataMs);
            }
        }
        System.out.printf(Locale.ROOT,
                "board open (session file opened by the shell until the first frame of the board): %d cards first %.0f ms, "
                        + "median %.0f ms; empty board median %.0f ms; ratio (median) %.2f; %d runs each%n",
                CARDS, openFull.get(0), median(openFull), median(openEmpty), median(openFull) / median(openEmpty),
                OPEN_RUNS);
        System.out.printf(Locale.ROOT,
                "  of which until the board's data was read (file, state, cards computed): median %.0f ms; "
                        + "layout and first drawing: median %.0f ms%n", median(dataFull),
                median(openFull) - median(dataFull));

        Frames scrollFull;
        Frames dragFull;
        List<Double> addFull;
        try (Window w = Window.open(library, full, CARDS)) {
            scrollFull = w.scroll();
            dragFull = w.drag();
            addFull = w.adds(CARDS);
        }
        Frames scrollEmpty;
        Frames dragEmpty;
        List<Double> addEmpty;
        try (Window w = Window.open(library, empty, 1)) {
            scrollEmpty = w.scroll();
            dragEmpty = w.drag();
            addEmpty = w.adds(1);
        }
        System.out.printf(Locale.ROOT,
                "adding a card (Enter to the frame showing it: write, re-read the board, redraw): %d cards median %.0f ms, "
                        + "max %.0f ms; empty board median %.0f ms; ratio (median) %.2f; %d adds each%n", CARDS,
                median(addFull), Collections.max(addFull), median(addEmpty), median(addFull) / median(addEmpty),
                addFull.size());
        report("scrolling the four quadrants", scrollFull, scrollEmpty);
        report("dragging a card over the board", dragFull, dragEmpty);
    }

    private static void report(String what, Frames full, Frames empty) {
        System.out.printf(Locale.ROOT,
                "%s, %d cards: frame (pulse to pulse) median %.1f ms, p95 %.1f ms; FX thread work per frame "
                        + "median %.1f ms, p95 %.1f ms; %d frames%n", what, CARDS, median(full.intervals),
                p95(full.intervals), median(full.work), p95(full.work), full.intervals.size());
        System.out.printf(Locale.ROOT,
                "%s, empty board: frame median %.1f ms, p95 %.1f ms; work median %.1f ms, p95 %.1f ms; "
                        + "ratio frame p95 %.2f, work median %.2f (goal: frames under 16 ms)%n", what,
                median(empty.intervals), p95(empty.intervals), median(empty.work), p95(empty.work),
                p95(full.intervals) / p95(empty.intervals), median(full.work) / Math.max(0.01, median(empty.work)));
    }

    // ---- the session files ----

    /** A Tahap II session whose Smart Governance board holds {@code cards} cards, a quarter in each quadrant. */
    private static Path session(SessionLibrary library, int cards) throws Exception {
        SessionInfo info = new SessionInfo("Kabupaten Bench", "", Stage.II, LocalDate.of(2022, 6, 16),
                LocalDate.of(2022, 6, 17), "", List.of(), List.of(), false);
        String[] words = {"data", "OPD", "aplikasi", "jaringan", "SDM", "anggaran", "layanan", "regulasi", "pusat data",
            "kecamatan", "desa", "integrasi", "pelatihan", "server", "website", "perbup", "Diskominfo", "warga"};
        String[] groups = {"GOV", "BRD", "ECO", "LIV", "SOC", "ENV", ""};
        Random rnd = new Random(7);
        try (WorkingSession w = library.create(info, "bench")) {
            List<Edit> batch = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < cards; i++) {
                SwotItem.Quadrant q = SwotItem.Quadrant.values()[i % 4];
                StringBuilder text = new StringBuilder("Kartu " + (i + 1) + ":");
                for (int n = 3 + rnd.nextInt(10); n > 0; n--) {
                    text.append(' ').append(words[rnd.nextInt(words.length)]);
                }
                int k = i / 4;
                // in each quadrant, runs of five cards share a cluster, then five stand alone
                String cluster = k % 10 < 5 ? "Klaster " + (k / 10 + 1) : "";
                String id = new UUID(rnd.nextLong(), rnd.nextLong()).toString();
                ids.add(id);
                batch.addAll(new SwotItem(id, Optional.of(Dimension.GOV), Optional.empty(), q, text.toString(),
                        groups[i % groups.length], cluster, (k + 1) * 1024).toEdits());
                if (batch.size() >= 1000) {
                    w.file().apply(new Action("bench", batch));
                    batch.clear();
                }
            }
            if (cards >= 50) {
                batch.addAll(new SwotBoard(Optional.of(Dimension.GOV), Optional.empty(), false, 1, true, 50,
                        SwotBoard.BudgetPer.GROUP).toEdits());
                for (int d = 0; d < 300; d++) {
                    batch.addAll(new Vote(new UUID(rnd.nextLong(), rnd.nextLong()).toString(),
                            ids.get(rnd.nextInt(ids.size())), groups[d % 6], 1).toEdits());
                }
            }
            if (!batch.isEmpty()) {
                w.file().apply(new Action("bench", batch));
            }
            return w.file().file();
        }
    }

    // ---- a window with the board ----

    /** The facilitator's board in a 1366×768 window, on the real shell opening the file in the background. */
    private static final class Window implements AutoCloseable {
        private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
        private ShellViewModel shell;
        private SwotBoardViewModel vm;
        private javafx.stage.Stage stage;
        private Scene scene;
        private BoardView<?> board;
        private final Pane overlay = new Pane();
        private double openMs;
        /** Until the view model held the cards (file opened, state read, board computed), before layout and drawing. */
        private double dataMs;

        static Window open(SessionLibrary library, Path file, int cards) throws Exception {
            Window w = new Window();
            CountDownLatch shown = new CountDownLatch(1);
            fx(() -> {
                w.shell = new ShellViewModel(new LibrarySessionService(library), w.executor, new QuietDialogs(),
                        Clock.systemDefaultZone());
                w.vm = SwotBoardViewModel.facilitator(w.shell);
                Parent view = (Parent) new SwotBoardView(w.vm, null).root();
                overlayOn(w.overlay);
                w.scene = new Scene(new StackPane(view, w.overlay), 1366, 768);
                Theme.style(w.scene);
                w.stage = new javafx.stage.Stage();
                w.stage.setScene(w.scene);
                w.stage.show();
                w.board = (BoardView<?>) view.lookup("#swotBoard");
                long t0 = System.nanoTime();
                // the board is shown once the cards are in and two pulses have laid out and drawn them
                w.vm.totalProperty().addListener((o, old, n) -> {
                    if (n.intValue() >= cards && w.dataMs == 0) {
                        w.dataMs = (System.nanoTime() - t0) / 1e6;
                        afterPulses(2, () -> {
                            w.openMs = (System.nanoTime() - t0) / 1e6;
                            shown.countDown();
                        });
                    }
                });
                w.shell.openFile(file);
            });
            if (!shown.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the board did not show " + cards + " cards");
            }
            return w;
        }

        private static void overlayOn(Pane overlay) {
            overlay.setMouseTransparent(true);
            overlay.setPickOnBounds(false);
        }

        /** Every pulse, each quadrant scrolls a step, turning back at its ends. */
        Frames scroll() throws Exception {
            double[] dir = {1, 1, 1, 1};
            return measure(frame -> {
                for (int i = 0; i < 4; i++) {
                    VirtualFlow<?> flow = flow(board.laneIds().get(i));
                    if (flow == null) {
                        continue;
                    }
                    if (flow.getPosition() >= 1) {
                        dir[i] = -1;
                    } else if (flow.getPosition() <= 0) {
                        dir[i] = 1;
                    }
                    flow.scrollPixels(dir[i] * SCROLL_STEP);
                }
            });
        }

        /**
         * A card's picture follows a figure of eight over the four quadrants, and the board is told
         * where the card is held each pulse, as the platform's drag does.
         */
        Frames drag() throws Exception {
            AtomicReference<String> key = new AtomicReference<>();
            ImageView ghost = new ImageView();
            fx(() -> {
                @SuppressWarnings("unchecked")
                BoardView<Object> b = (BoardView<Object>) board;
                Object first = b.items(SwotItem.Quadrant.S.name()).get(0);
                key.set(((id.rembuk.ui.swot.SwotCard) first).id());
                Node cell = b.list(SwotItem.Quadrant.S.name()).lookupAll(".board-cell").stream()
                        .filter(n -> n instanceof javafx.scene.control.ListCell<?> c
                                && c.getItem() instanceof id.rembuk.ui.board.BoardRow.Card<?>)
                        .findFirst().orElseThrow();
                ghost.setImage(cell.snapshot(null, null));
                ghost.setOpacity(0.8);
                overlay.getChildren().add(ghost);
            });
            Frames f = measure(frame -> {
                Bounds b = board.localToScene(board.getBoundsInLocal());
                double t = frame * 0.025;
                double x = b.getMinX() + b.getWidth() * (0.5 + 0.45 * Math.sin(t));
                double y = b.getMinY() + b.getHeight() * (0.5 + 0.47 * Math.sin(2 * t));
                ghost.relocate(x - 20, y - 10);
                board.hold(key.get(), x, y);
            });
            fx(() -> {
                board.release();
                overlay.getChildren().clear();
            });
            return f;
        }

        /** Cards added one after another as a group types them; each timed until the frame that shows it. */
        List<Double> adds(int cards) throws Exception {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int expected = cards + i + 1;
                CountDownLatch shown = new CountDownLatch(1);
                long[] t0 = new long[1];
                double[] ms = new double[1];
                fx(() -> {
                    javafx.beans.value.ChangeListener<Number> l = new javafx.beans.value.ChangeListener<>() {
                        @Override
                        public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number old,
                                            Number n) {
                            if (n.intValue() >= expected) {
                                vm.totalProperty().removeListener(this);
                                afterPulses(1, () -> {
                                    ms[0] = (System.nanoTime() - t0[0]) / 1e6;
                                    shown.countDown();
                                });
                            }
                        }
                    };
                    vm.totalProperty().addListener(l);
                    t0[0] = System.nanoTime();
                    vm.add(SwotItem.Quadrant.W, "Kartu baru nomor " + expected + " dari kelompok");
                });
                if (!shown.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the added card did not show");
                }
                if (i > 0) {
                    times.add(ms[0]); // the first warms the code paths up
                }
            }
            return times;
        }

        private VirtualFlow<?> flow(String lane) {
            return board.list(lane).lookup(".virtual-flow") instanceof VirtualFlow<?> v ? v : null;
        }

        /** Runs {@code step} every pulse for the warm-up and the measured seconds; the measured frames. */
        private Frames measure(Consumer<Long> step) throws Exception {
            Frames f = new Frames();
            CountDownLatch done = new CountDownLatch(1);
            fx(() -> {
                long begin = System.nanoTime();
                long[] last = {-1};
                long[] start = {-1};
                long[] frame = {0};
                Runnable afterLayout = () -> {
                    if (start[0] > 0) {
                        f.work.add((System.nanoTime() - start[0]) / 1e6);
                        start[0] = -1;
                    }
                };
                scene.addPostLayoutPulseListener(afterLayout);
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        long wall = System.nanoTime();
                        double elapsed = (wall - begin) / 1e9;
                        boolean counting = elapsed >= WARM_UP;
                        if (counting && last[0] > 0) {
                            f.intervals.add((wall - last[0]) / 1e6);
                        }
                        last[0] = wall;
                        start[0] = counting ? wall : -1;
                        step.accept(frame[0]++);
                        if (elapsed >= WARM_UP + SECONDS) {
                            stop();
                            scene.removePostLayoutPulseListener(afterLayout);
                            done.countDown();
                        }
                    }
                }.start();
            });
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the measurement did not end");
            }
            return f;
        }

        @Override
        public void close() throws Exception {
            fx(() -> {
                stage.hide();
                shell.close();
            });
            executor.shutdown(30_000);
        }
    }

    private static final class Frames {
        final List<Double> intervals = Collections.synchronizedList(new ArrayList<>());
        final List<Double> work = Collections.synchronizedList(new ArrayList<>());
    }

    /** Runs after the given number of further pulses. */
    private static void afterPulses(int pulses, Runnable then) {
        new AnimationTimer() {
            private int left = pulses;

            @Override
            public void handle(long now) {
                if (--left <= 0) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** Runs on the FX thread and waits; a failure there fails the benchmark. */
    private static void fx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failed.set(t);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
        if (failed.get() != null) {
            throw new IllegalStateException(failed.get());
        }
    }

    /** Nothing asks the user anything here; a failure is a failed benchmark. */
    private static final class QuietDialogs implements DialogService {
        @Override
        public void showError(String title, String message) {
            throw new IllegalStateException(title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            return false;
        }

        @Override
        public Optional<Path> chooseFileToOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String suggestedName) {
            return Optional.empty();
        }
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static double p95(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.isEmpty() ? Double.NaN : s.get(Math.min(s.size() - 1, (int) Math.ceil(0.95 * s.size()) - 1));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
