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
    public Optional<Path> chooseFileToSave(String suggestedName) {
        this.suggestedName = suggestedName;
        whileChoosingSave.run();
        return Optional.ofNullable(toSave);
    }
}
