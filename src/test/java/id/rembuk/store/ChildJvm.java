package id.rembuk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test class path in a child JVM. */
final class ChildJvm {
    private ChildJvm() {
    }

    static Process start(Class<?> main, List<String> jvmArgs, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        // not inherited: the forked test JVM talks to Maven over its own streams
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(new java.io.File("target/child-stderr.log"))).start();
    }
}
