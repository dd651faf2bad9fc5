package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RecordRoundTripTest {

    @Provide
    Arbitrary<EntityKind> kinds() {
        return Arbitraries.of(Arrays.stream(EntityKind.values()).filter(k -> k != EntityKind.SESSION).toList());
    }

    @Property(tries = 2000)
    void recordToEditsToFoldToRecordIsIdentity(@ForAll("kinds") EntityKind kind, @ForAll long key, @ForAll long content) {
        SessionRecord r = Samples.sample(kind, key, content);

        EntityState e = new ChangeLog().apply(r).state().get(kind.code(), r.id()).orElseThrow();

        assertThat(r.kind()).isEqualTo(kind);
        assertThat(e.live()).isTrue();
        assertThat(reader(kind).apply(e)).isEqualTo(r);
    }

    @Property(tries = 1000)
    void writingARecordOverAnotherLeavesOnlyTheNewValues(@ForAll("kinds") EntityKind kind, @ForAll long key,
                                                         @ForAll long first, @ForAll long second) {
        SessionRecord older = Samples.sample(kind, key, first);
        SessionRecord newer = Samples.sample(kind, key, second);
        assertThat(newer.id()).isEqualTo(older.id());

        EntityState e = new ChangeLog().apply(older).apply(newer).state().get(kind.code(), newer.id()).orElseThrow();

        assertThat(e.hasConflict()).isFalse();
        assertThat(reader(kind).apply(e)).isEqualTo(newer);
    }

    @Property(tries = 300)
    void editsTouchOnlyTheirOwnEntityWithLowerCaseFieldCodes(@ForAll("kinds") EntityKind kind, @ForAll long key,
                                                             @ForAll long content) {
        SessionRecord r = Samples.sample(kind, key, content);
        List<Edit> edits = r.toEdits();
        assertThat(edits).isNotEmpty().allSatisfy(ed -> {
            assertThat(ed.kind()).isEqualTo(kind.code());
            assertThat(ed.entityId()).isEqualTo(r.id());
            assertThat(ed.field()).matches("[a-z_][a-z0-9_.]*").isNotEqualTo(Change.DELETED);
        });
        assertThat(edits.stream().map(Edit::field).distinct().count()).isEqualTo(edits.size());
    }

    @Test
    void everyKindButTheSessionHasAReader() {
        for (EntityKind k : EntityKind.values()) {
            assertThat(Records.reader(k).isPresent()).as(k.code()).isEqualTo(k != EntityKind.SESSION);
        }
    }

    @Test
    void deletedEntitiesAreNotRead() {
        SessionRecord r = Samples.sample(EntityKind.MISSION, 1, 2);
        ChangeLog log = new ChangeLog().apply(r).apply(List.of(Edit.delete(r.kind().code(), r.id())));
        assertThat(Records.read(log.state(), EntityKind.MISSION, Mission::from).records()).isEmpty();
        log.apply(List.of(Edit.restore(r.kind().code(), r.id())));
        assertThat(Records.read(log.state(), EntityKind.MISSION, Mission::from).records()).containsExactly((Mission) r);
    }

    @Test
    void anEntityThatBreaksARuleIsReportedNotDropped() {
        Mission m = new Mission("m1", "Mewujudkan layanan publik digital", 1);
        ChangeLog log = new ChangeLog().apply(m).apply(List.of(Edit.set("mission", "m1", Mission.F_TEXT, null)));
        Records.Read<Mission> read = Records.read(log.state(), EntityKind.MISSION, Mission::from);
        assertThat(read.records()).isEmpty();
        assertThat(read.unreadable()).extracting(k -> k.id()).containsExactly("m1");
    }

    private static Function<EntityState, ? extends SessionRecord> reader(EntityKind kind) {
        return Records.reader(kind).orElseThrow();
    }
}
