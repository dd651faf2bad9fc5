package id.rembuk.ui;

import id.rembuk.ui.dialog.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers dialogs from a script and remembers the errors it was asked to show. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new CopyOnWriteArrayList<>();
    public volatile Path toOpen;
    public volatile Path toSave;
    public final List<String> questions = new CopyOnWriteArrayList<>();
    public volatile boolean answer;
    public volatile String suggestedName;
    /** Runs while the save dialog is up: its nested event loop lets other work finish meanwhile. */
    public volatile Runnable whileChoosingSave = () -> { };
    /** The option {@link #choose} picks by its label; null cancels. */
    public volatile String choice;
    public final List<List<String>> offered = new CopyOnWriteArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        questions.add(message);
        return answer;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.ofNullable(toOpen);
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options,
                                  java.util.function.Function<T, String> label) {
        offered.add(options.stream().map(label).toList());
        return options.stream().filter(o -> label.apply(o).equals(choice)).findFirst();
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        this.suggestedName = suggestedName;
        whileChoosingSave.run();
        return Optional.ofNullable(toSave);
    }
}
