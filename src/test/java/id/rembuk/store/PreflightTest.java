package id.rembuk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PreflightTest {
    @TempDir
    Path dir;

    /** Big enough for H2 to analyse the tables by itself, which changes the stored schema text. */
    @Test
    void acceptsOurOwnFileWithData() throws Exception {
        Path file = TestFiles.session(dir.resolve("ok.mv.db"), 1200);
        String before = TestFiles.sha256(file);
        Preflight.Verdict v = Preflight.check(file);
        assertThat(v.changeCount()).isEqualTo(2400);
        assertThat(v.schemaVersion()).isEqualTo(Schema.CURRENT_VERSION);
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
    }

    /** The control: the planted trigger really runs its Java when H2 opens the file normally. */
    @Test
    void plantedTriggerRunsOnAnOrdinaryOpenButNotInThePreflight() throws Exception {
        Path marker = dir.resolve("marker-trigger");
        Path file = planted("t.mv.db", TestFiles.triggerWritingMarker("participant_x", marker));
        Files.deleteIfExists(marker); // creating the trigger ran it once, in this test

        Path control = TestFiles.copy(file, dir.resolve("control/c.mv.db"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("control/c")
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", Schema.USER, Schema.PASSWORD)) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThat(marker).as("an ordinary read-only open runs the trigger's Java").exists();
        Files.delete(marker);

        String before = TestFiles.sha256(file);
        assertThatThrownBy(() -> Preflight.check(file)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).problem()).isEqualTo(Problem.FOREIGN_CODE);
        assertThat(marker).doesNotExist();
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
        assertThat(control).exists();
    }

    /**
     * The second wall alone: even when the schema scan is told to let a trigger through, the child
     * JVM opens the file with the SQL engine and the trigger's Java still cannot run.
     */
    @Test
    void childJvmCannotCompileATriggerEvenWhenAskedToOpenIt() throws Exception {
        Path marker = dir.resolve("marker-child");
        Path file = planted("c.mv.db", TestFiles.triggerWritingMarker("participant_x", marker));
        Files.deleteIfExists(marker);
        Path copy = TestFiles.copy(file, dir.resolve("priv/session.mv.db"));
        Preflight.Reference ref = Preflight.reference();
        List<String> everything = new ArrayList<>(ref.records());
        everything.addAll(PreflightProbe.readStorage(copy).records());
        Preflight.Output out = Preflight.runProbe(copy, new Preflight.Reference(everything, ref.inventory()));
        assertThat(out.stopped()).isFalse();
        assertThat(out.inventory()).anyMatch(l -> l.startsWith("trigger|PUBLIC|EVIL"));
        assertThat(marker).doesNotExist();
    }

    @Test
    void plantedAliasIsRefusedAndNeverCompiled() throws Exception {
        Path marker = dir.resolve("marker-alias");
        Path file = planted("a.mv.db", TestFiles.aliasWritingMarker(marker));
        assertRefused(file, Problem.FOREIGN_CODE);
        assertThat(marker).doesNotExist();

        // let it through the scan: the child's engine cannot compile it (no javax.tools) and gives up
        Path copy = TestFiles.copy(file, dir.resolve("priv/session.mv.db"));
        Preflight.Reference ref = Preflight.reference();
        List<String> everything = new ArrayList<>(ref.records());
        everything.addAll(PreflightProbe.readStorage(copy).records());
        Preflight.Output out = Preflight.runProbe(copy, new Preflight.Reference(everything, ref.inventory()));
        assertThat(out.error()).isNotNull();
        assertThat(out.error().problem()).isEqualTo(Problem.FOREIGN_CODE);
        assertThat(marker).doesNotExist();
    }

    /** A linked table's URL may carry INIT=...: it runs on open even in a restricted JVM, so it never gets there. */
    @Test
    void plantedLinkedTableNeverReachesTheSqlEngine() throws Exception {
        Path marker = dir.resolve("marker-link");
        Path file = planted("l.mv.db", TestFiles.linkedTableWritingMarker(marker));
        Files.deleteIfExists(marker);
        assertRefused(file, Problem.FOREIGN_CODE);
        assertThat(marker).doesNotExist();
    }

    static Stream<Arguments> foreignObjects() {
        return Stream.of(
                Arguments.of("extra table", "CREATE TABLE notes(x INT)"),
                Arguments.of("view", "CREATE VIEW v AS SELECT * FROM meta"),
                Arguments.of("constant", "CREATE CONSTANT c VALUE 42"),
                Arguments.of("domain", "CREATE DOMAIN d AS VARCHAR(10)"),
                Arguments.of("sequence", "CREATE SEQUENCE s"),
                Arguments.of("user", "CREATE USER eve PASSWORD 'x'"),
                Arguments.of("role", "CREATE ROLE r"),
                Arguments.of("synonym", "CREATE SYNONYM syn FOR meta"),
                Arguments.of("schema", "CREATE SCHEMA other"),
                Arguments.of("column default", "ALTER TABLE head ADD COLUMN extra VARCHAR(10) DEFAULT 'x'"),
                Arguments.of("check", "ALTER TABLE meta ADD CONSTRAINT c1 CHECK (LENGTH(k) < 100)"),
                Arguments.of("index", "CREATE INDEX i1 ON meta(v)"),
                Arguments.of("aggregate", "CREATE AGGREGATE agg FOR \"java.lang.String\""),
                Arguments.of("class trigger", "CREATE TRIGGER t1 BEFORE INSERT ON meta CALL \"java.lang.Object\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignObjects")
    void anyObjectOutsideOurSchemaIsRefused(String what, String sql) throws Exception {
        Path file = TestFiles.session(dir.resolve("f.mv.db"), 2);
        try {
            TestFiles.plant(file, sql);
        } catch (java.sql.SQLException e) {
            // H2 checks the class when the object is made; FORCE stores it anyway, as a crafted file would
            TestFiles.plant(file, sql.replaceFirst("CREATE ", "CREATE FORCE "));
        }
        assertRefused(file, Problem.FOREIGN_CODE);
    }

    @Test
    void anH2DatabaseOfAnotherProgramIsNotASession() throws Exception {
        Path file = dir.resolve("other.mv.db");
        String base = dir.resolve("other").toString();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "")) {
            c.createStatement().execute("CREATE TABLE customers(id INT PRIMARY KEY, name VARCHAR(100))");
        }
        assertRefused(file, Problem.NOT_A_SESSION);
    }

    @Test
    void aNewerSchemaVersionIsReportedAsSuch() throws Exception {
        Path file = TestFiles.session(dir.resolve("n.mv.db"), 2);
        TestFiles.plant(file, "UPDATE meta SET v = '" + (Schema.CURRENT_VERSION + 1) + "' WHERE k = 'schema_version'",
                "CREATE TABLE future_feature(x INT)");
        assertRefused(file, Problem.NEWER_VERSION);
    }

    private Path planted(String name, String... sql) throws Exception {
        Path file = TestFiles.session(dir.resolve(name), 3);
        TestFiles.plant(file, "CREATE TABLE participant_x(x INT)");
        for (String s : sql) {
            TestFiles.plant(file, s);
        }
        return file;
    }

    /**
     * H2 finishes a prepared or committed leftover transaction when it opens a file, and the
     * storage-level scan cannot see what it would write: such a file never reaches the SQL engine.
     */
    @Test
    void aFileWithAPreparedLeftoverTransactionIsRefused() throws Exception {
        Path file = TestFiles.session(dir.resolve("leftover.mv.db"), 3);
        org.h2.mvstore.MVStore mv = new org.h2.mvstore.MVStore.Builder().fileName(file.toString()).open();
        org.h2.mvstore.tx.TransactionStore ts =
                new org.h2.mvstore.tx.TransactionStore(mv, new org.h2.mvstore.db.ValueDataType());
        ts.init();
        org.h2.mvstore.tx.Transaction t = ts.begin();
        t.openMap("junk").put(org.h2.value.ValueInteger.get(1), org.h2.value.ValueInteger.get(2));
        t.prepare();
        mv.commit();
        mv.closeImmediately();
        assertRefused(file, Problem.FOREIGN_CODE);
    }

    static void assertRefused(Path file, Problem expected) throws Exception {
        String before = TestFiles.sha256(file);
        assertThatThrownBy(() -> Preflight.check(file)).isInstanceOf(StoreException.class)
                .satisfies(e -> {
                    StoreException s = (StoreException) e;
                    assertThat(s.problem()).isEqualTo(expected);
                    assertThat(s.userMessage()).doesNotStartWith("!").contains(file.toString());
                });
        assertThat(TestFiles.sha256(file)).as("the file is left byte for byte as it was").isEqualTo(before);
    }
}
