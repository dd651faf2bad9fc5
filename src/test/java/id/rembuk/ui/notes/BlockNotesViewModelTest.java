package id.rembuk.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Note;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.store.SessionFile;
import id.rembuk.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockNotesViewModelTest {
    @TempDir
    Path home;

    private NotesSession session;
    private ShellViewModel shell;
    private final ObjectProperty<String> block = new SimpleObjectProperty<>();
    private final List<Action> applied = new ArrayList<>();
    private BlockNotesViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new NotesSession(home);
        shell = session.shell;
        vm = new BlockNotesViewModel(shell.stateProperty(), a -> {
            applied.add(a);
            shell.apply(a);
        }, block);
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private Note add(Note.Kind kind, String speaker, String text) {
        vm.kindProperty().set(kind);
        vm.speakerProperty().set(speaker);
        vm.textProperty().set(text);
        assertThat(vm.submitNote()).isTrue();
        return vm.notes().get(vm.notes().size() - 1);
    }

    private List<String> texts() {
        return vm.notes().stream().map(Note::text).toList();
    }

    @Test
    void withoutABlockNothingIsWrittenAndTheTextStays() {
        assertThat(vm.hasBlockProperty().get()).isFalse();
        vm.textProperty().set("Data OPD belum terpadu");

        assertThat(vm.submitNote()).isFalse();

        assertThat(vm.noteHintProperty().get().key()).isEqualTo("notes.hint.noBlock");
        assertThat(vm.textProperty().get()).isEqualTo("Data OPD belum terpadu");
        assertThat(applied).isEmpty();

        block.set(NotesSession.TALK);
        assertThat(vm.noteHintProperty().get()).isNull();
        assertThat(vm.submitNote()).isTrue();
        assertThat(texts()).containsExactly("Data OPD belum terpadu");
    }

    @Test
    void aGroupLaptopNotesItsOwnDiscussionAndThePlenarySeesEveryNote() {
        block.set(NotesSession.TALK);
        add(Note.Kind.POINT, "Moderator", "Catatan pleno");
        vm.setGroup("ECO");
        assertThat(vm.notes()).isEmpty();
        Note eco = add(Note.Kind.POINT, "Notulis ekonomi", "UMKM belum terdata");
        assertThat(eco.group()).isEqualTo("ECO");
        assertThat(texts()).containsExactly("UMKM belum terdata");
        vm.setGroup("");
        assertThat(texts()).containsExactly("Catatan pleno", "UMKM belum terdata");
    }

    @Test
    void enterAddsTheLineInOrderKeepsSpeakerAndKindAndUndoTakesItBack() {
        block.set(NotesSession.TALK);
        assertThat(vm.blockTitleProperty().get()).isEqualTo("Paparan arah kebijakan Smart City");
        assertThat(vm.notes()).isEmpty();

        Note first = add(Note.Kind.POINT, "Siti Rahmawati", "  Data OPD belum terpadu ");
        assertThat(first.text()).isEqualTo("Data OPD belum terpadu");
        assertThat(first.speaker()).isEqualTo("Siti Rahmawati");
        assertThat(first.agendaItemId()).isEqualTo(NotesSession.TALK);
        assertThat(first.group()).isEmpty();
        assertThat(vm.textProperty().get()).isEmpty();
        assertThat(vm.speakerProperty().get()).isEqualTo("Siti Rahmawati");
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Tambah catatan");

        vm.kindProperty().set(Note.Kind.DECISION);
        vm.textProperty().set("Satu data dimulai dari Diskominfo");
        assertThat(vm.submitNote()).isTrue();
        assertThat(vm.kindProperty().get()).isEqualTo(Note.Kind.DECISION);
        assertThat(vm.notes()).extracting(Note::type).containsExactly(Note.Kind.POINT, Note.Kind.DECISION);
        assertThat(vm.notes().get(1).order()).isGreaterThan(vm.notes().get(0).order());

        shell.undo();
        assertThat(texts()).containsExactly("Data OPD belum terpadu");
        shell.redo();
        assertThat(texts()).containsExactly("Data OPD belum terpadu", "Satu data dimulai dari Diskominfo");
    }

    @Test
    void blankTextIsRefusedQuietlyWithAHintThatTypingClears() {
        block.set(NotesSession.TALK);
        vm.textProperty().set("   ");

        assertThat(vm.submitNote()).isFalse();

        assertThat(vm.noteHintProperty().get().key()).isEqualTo("notes.hint.blank");
        assertThat(vm.noteHintProperty().get().text()).isEqualTo("Ketik isinya dulu, lalu tekan Enter.");
        assertThat(applied).isEmpty();
        vm.textProperty().set("Perlu");
        assertThat(vm.noteHintProperty().get()).isNull();
    }

    @Test
    void textTooLongForTheMinutesIsRefusedWithTheRule() {
        block.set(NotesSession.TALK);
        vm.textProperty().set("x".repeat(8001));

        assertThat(vm.submitNote()).isFalse();

        assertThat(vm.noteHintProperty().get().key()).isEqualTo("domain.invalid.text_too_long");
        assertThat(vm.textProperty().get()).hasSize(8001);
        assertThat(applied).isEmpty();
    }

    @Test
    void deleteIsOneActionThatUndoBringsBack() {
        block.set(NotesSession.TALK);
        Note a = add(Note.Kind.POINT, "Siti Rahmawati", "Jaringan fiber baru 1,5 km");
        add(Note.Kind.CONCLUSION, "", "Infrastruktur belum merata");

        assertThat(vm.deleteNote(a.id())).isTrue();

        assertThat(texts()).containsExactly("Infrastruktur belum merata");
        assertThat(applied.get(applied.size() - 1).edits()).hasSize(1);
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Hapus catatan");
        shell.undo();
        assertThat(texts()).containsExactly("Jaringan fiber baru 1,5 km", "Infrastruktur belum merata");
        assertThat(vm.deleteNote("not-a-note")).isFalse();
    }

    @Test
    void editingLoadsTheNoteWritesOnlyWhatChangedAndGivesBackTheDraft() {
        block.set(NotesSession.TALK);
        Note n = add(Note.Kind.POINT, "Andi", "Anggaran TIK 2%");
        vm.speakerProperty().set("Siti");
        vm.textProperty().set("setengah kalimat");
        vm.kindProperty().set(Note.Kind.CONCLUSION);

        assertThat(vm.editNote(n.id())).isTrue();
        assertThat(vm.editingNoteProperty().get()).isEqualTo(n);
        assertThat(vm.textProperty().get()).isEqualTo("Anggaran TIK 2%");
        assertThat(vm.speakerProperty().get()).isEqualTo("Andi");
        assertThat(vm.kindProperty().get()).isEqualTo(Note.Kind.POINT);

        vm.textProperty().set("Anggaran TIK 2% dari APBD");
        assertThat(vm.submitNote()).isTrue();

        assertThat(texts()).containsExactly("Anggaran TIK 2% dari APBD");
        Action edit = applied.get(applied.size() - 1);
        assertThat(edit.label()).isEqualTo("Ubah catatan");
        assertThat(edit.edits()).extracting(Edit::field).containsExactly(Note.F_TEXT);
        assertThat(vm.editingNoteProperty().get()).isNull();
        assertThat(vm.textProperty().get()).isEqualTo("setengah kalimat");
        assertThat(vm.speakerProperty().get()).isEqualTo("Siti");
        assertThat(vm.kindProperty().get()).isEqualTo(Note.Kind.CONCLUSION);

        shell.undo();
        assertThat(texts()).containsExactly("Anggaran TIK 2%");
    }

    @Test
    void aCancelledOrUnchangedEditWritesNothing() {
        block.set(NotesSession.TALK);
        Note n = add(Note.Kind.POINT, "", "Anggaran TIK 2%");
        int before = applied.size();

        vm.editNote(n.id());
        vm.textProperty().set("diubah lalu batal");
        vm.cancelNoteEdit();
        assertThat(vm.textProperty().get()).isEmpty();
        vm.editNote(n.id());
        assertThat(vm.submitNote()).isTrue();

        assertThat(applied).hasSize(before);
        assertThat(texts()).containsExactly("Anggaran TIK 2%");
    }

    @Test
    void savingANoteTwoLaptopsWroteDifferentlySettlesIt() {
        block.set(NotesSession.TALK);
        Note n = add(Note.Kind.POINT, "", "Wifi publik 6 titik");
        // a value written beside the current one, as a merge of another laptop's edit brings it
        shell.apply(Action.of("gabungan", new Edit(EntityKind.NOTE.code(), n.id(), Note.F_TEXT, "Wifi publik 9 titik",
                Set.of())));
        Note shown = vm.notes().get(0);
        assertThat(vm.hasConflict(shown)).isTrue();

        vm.editNote(shown.id());
        vm.textProperty().set("Wifi publik 9 titik");
        vm.submitNote();

        assertThat(vm.hasConflict(vm.notes().get(0))).isFalse();
        assertThat(texts()).containsExactly("Wifi publik 9 titik");
    }

    @Test
    void anEditedNoteThatIsUndoneAwayLeavesItsTextAsANewLine() {
        block.set(NotesSession.TALK);
        Note n = add(Note.Kind.POINT, "", "Perlu perbup");
        vm.editNote(n.id());
        vm.textProperty().set("Perlu perbup satu data");

        shell.undo(); // takes back the add

        assertThat(vm.notes()).isEmpty();
        assertThat(vm.editingNoteProperty().get()).isNull();
        assertThat(vm.textProperty().get()).isEqualTo("Perlu perbup satu data");
        assertThat(vm.noteHintProperty().get().key()).isEqualTo("notes.hint.editedGone");
        assertThat(vm.submitNote()).isTrue();
        assertThat(texts()).containsExactly("Perlu perbup satu data");
    }

    @Test
    void movingSwapsTwoPlacesAndUndoPutsThemBack() {
        block.set(NotesSession.TALK);
        add(Note.Kind.POINT, "", "satu");
        add(Note.Kind.POINT, "", "dua");
        Note three = add(Note.Kind.POINT, "", "tiga");

        assertThat(vm.moveNote(three.id(), -1)).isTrue();

        assertThat(texts()).containsExactly("satu", "tiga", "dua");
        Action move = applied.get(applied.size() - 1);
        assertThat(move.label()).isEqualTo("Pindahkan catatan");
        assertThat(move.edits()).hasSize(2).allSatisfy(e -> assertThat(e.field()).isEqualTo(Note.F_ORDER));
        assertThat(vm.moveNote(vm.notes().get(0).id(), -1)).isFalse();
        assertThat(vm.moveNote(vm.notes().get(2).id(), 1)).isFalse();

        shell.undo();
        assertThat(texts()).containsExactly("satu", "dua", "tiga");
    }

    @Test
    void linesAddedBeforeTheStateCatchesUpStillGetTheirOwnPlaces() {
        List<Action> waiting = new ArrayList<>();
        BlockNotesViewModel slow = new BlockNotesViewModel(shell.stateProperty(), waiting::add, block);
        block.set(NotesSession.TALK);
        slow.textProperty().set("satu");
        slow.submitNote();
        slow.textProperty().set("dua");
        slow.submitNote();

        waiting.forEach(shell::apply);

        assertThat(slow.notes()).extracting(Note::text).containsExactly("satu", "dua");
        assertThat(slow.notes().get(0).order()).isLessThan(slow.notes().get(1).order());
    }

    @Test
    void notesStayWithTheirBlockAndUnsentTextStaysWhenTheBlockChanges() {
        block.set(NotesSession.TALK);
        add(Note.Kind.POINT, "", "di paparan");
        vm.textProperty().set("belum terkirim");

        block.set(NotesSession.FGD);

        assertThat(vm.blockTitleProperty().get()).isEqualTo("FGD SWOT per elemen");
        assertThat(vm.blockProperty().get().day()).isEqualTo(2);
        assertThat(vm.notes()).isEmpty();
        assertThat(vm.textProperty().get()).isEqualTo("belum terkirim");
        assertThat(vm.noteHintProperty().get().key()).isEqualTo("notes.hint.blockChanged");
        vm.textProperty().set("belum terkirim, kini lengkap");
        assertThat(vm.noteHintProperty().get()).isNotNull();
        assertThat(vm.submitNote()).isTrue();
        assertThat(texts()).containsExactly("belum terkirim, kini lengkap");

        block.set(NotesSession.TALK);
        assertThat(texts()).containsExactly("di paparan");
        block.set(null);
        assertThat(vm.hasBlockProperty().get()).isFalse();
        assertThat(vm.notes()).isEmpty();
    }

    @Test
    void aFollowUpIsAddedWithOwnerAndDueDateToItsBlock() {
        block.set(NotesSession.FGD);
        vm.actionProperty().set("Susun draf Perbup Satu Data");
        vm.ownerProperty().set("Bagian Hukum Setda");
        assertThat(vm.setDueText("30/6/2022")).isTrue();
        assertThat(vm.dueProperty().get()).isEqualTo(LocalDate.of(2022, 6, 30));

        assertThat(vm.submitFollowUp()).isTrue();

        assertThat(vm.followUps()).hasSize(1);
        ActionItem f = vm.followUps().get(0);
        assertThat(f.agendaItemId()).isEqualTo(NotesSession.FGD);
        assertThat(f.programmeId()).isEmpty();
        assertThat(f.due()).contains(LocalDate.of(2022, 6, 30));
        assertThat(BlockNotesViewModel.followUpLine(f))
                .isEqualTo("Susun draf Perbup Satu Data — Bagian Hukum Setda · 30 Juni 2022");
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Tambah tindak lanjut");
        assertThat(vm.actionProperty().get()).isEmpty();
        assertThat(vm.ownerProperty().get()).isEmpty();
        assertThat(vm.dueProperty().get()).isNull();

        vm.actionProperty().set("Kirim data wifi publik");
        assertThat(vm.submitFollowUp()).isTrue();
        assertThat(BlockNotesViewModel.followUpLine(vm.followUps().get(1))).isEqualTo("Kirim data wifi publik");

        block.set(NotesSession.TALK);
        assertThat(vm.followUps()).isEmpty();
    }

    @Test
    void followUpsAreRefusedWithoutActionOrWithAnUnreadableDate() {
        block.set(NotesSession.FGD);
        vm.ownerProperty().set("Bappeda");
        assertThat(vm.submitFollowUp()).isFalse();
        assertThat(vm.followUpHintProperty().get().key()).isEqualTo("notes.hint.blankAction");

        vm.setDueText("30 Juni 2022");
        assertThat(vm.setDueText("31 Juni 2022")).isFalse();
        assertThat(vm.followUpHintProperty().get().text()).contains("31 Juni 2022");
        assertThat(vm.dueProperty().get()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(vm.setDueText(" ")).isTrue();
        assertThat(vm.dueProperty().get()).isNull();
        assertThat(applied).isEmpty();
    }

    @Test
    void followUpsAreEditedDeletedAndMovedAsOneActionEach() {
        block.set(NotesSession.FGD);
        vm.actionProperty().set("Kirim data CCTV");
        vm.submitFollowUp();
        vm.actionProperty().set("Rapat Dewan Smart City");
        vm.submitFollowUp();
        ActionItem first = vm.followUps().get(0);

        vm.actionProperty().set("draf");
        vm.editFollowUp(first.id());
        vm.ownerProperty().set("Diskominfo");
        vm.dueProperty().set(LocalDate.of(2022, 7, 1));
        vm.submitFollowUp();
        assertThat(BlockNotesViewModel.followUpLine(vm.followUps().get(0)))
                .isEqualTo("Kirim data CCTV — Diskominfo · 1 Juli 2022");
        assertThat(applied.get(applied.size() - 1).edits()).extracting(Edit::field)
                .containsExactlyInAnyOrder(ActionItem.F_OWNER, ActionItem.F_DUE);
        assertThat(vm.actionProperty().get()).isEqualTo("draf");

        vm.moveFollowUp(first.id(), 1);
        assertThat(vm.followUps()).extracting(ActionItem::step)
                .containsExactly("Rapat Dewan Smart City", "Kirim data CCTV");

        vm.deleteFollowUp(first.id());
        assertThat(vm.followUps()).extracting(ActionItem::step).containsExactly("Rapat Dewan Smart City");
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Hapus tindak lanjut");
        shell.undo();
        assertThat(vm.followUps()).extracting(ActionItem::step)
                .containsExactly("Rapat Dewan Smart City", "Kirim data CCTV");
    }

    @Test
    void speakersComeFromParticipantsAndTheAgendaOwnersFromInstitutions() {
        block.set(NotesSession.TALK);
        assertThat(vm.speakerSuggestions("siti")).containsExactly("Siti Rahmawati");
        assertThat(vm.speakerSuggestions("luk")).containsExactly("Dr. Lukito Edi Nugroho");
        assertThat(vm.speakerSuggestions("a")).startsWith("Andi Pratama");
        assertThat(vm.speakerSuggestions("siti rahmawati")).isEmpty();
        assertThat(vm.speakerSuggestions(" ")).isEmpty();
        assertThat(vm.ownerSuggestions("dinas")).containsExactly("Dinas Komunikasi dan Informatika");
        assertThat(vm.ownerSuggestions("bapp")).containsExactly("Bappeda");
        assertThat(vm.ownerSuggestions("hukum")).containsExactly("Bagian Hukum Setda");
        assertThat(vm.ownerSuggestions("rahmat")).containsExactly("Rahmat Hidayat");

        // what was typed before is offered again
        vm.speakerProperty().set("Ibu Camat Luwuk");
        vm.textProperty().set("Kecamatan siap");
        vm.submitNote();
        assertThat(vm.speakerSuggestions("camat")).containsExactly("Ibu Camat Luwuk");
    }

    @Test
    void theNotesAreInTheSessionFileWhenItIsOpenedAgain() throws Exception {
        block.set(NotesSession.TALK);
        add(Note.Kind.DECISION, "Andi Pratama", "Sepakat membentuk tim satu data");
        vm.actionProperty().set("Rapat tim satu data");
        vm.setDueText("1 Juli 2022");
        vm.submitFollowUp();
        Path file = shell.recent().get(0).file();
        session.close();

        try (SessionFile f = SessionFile.open(file, true)) {
            SessionState s = f.state();
            assertThat(s.live(EntityKind.NOTE.code()).map(Note::from)).singleElement().satisfies(n -> {
                assertThat(n.text()).isEqualTo("Sepakat membentuk tim satu data");
                assertThat(n.type()).isEqualTo(Note.Kind.DECISION);
                assertThat(n.speaker()).isEqualTo("Andi Pratama");
                assertThat(n.agendaItemId()).isEqualTo(NotesSession.TALK);
            });
            assertThat(s.live(EntityKind.ACTION_ITEM.code()).map(ActionItem::from)).singleElement().satisfies(a -> {
                assertThat(a.agendaItemId()).isEqualTo(NotesSession.TALK);
                assertThat(a.due()).contains(LocalDate.of(2022, 7, 1));
            });
        }
    }
}
