package vn.parindex.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with the real tool: the binary named by {@code KUSTOMIZE} (the test command installs one
 * there when the machine has neither), else {@code kustomize} or {@code kubectl kustomize} from the PATH.
 */
final class Kustomize {

    private Kustomize() {
    }

    static String build(Path directory) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(command());
        command.add(directory.toString());
        // stderr to a file: reading the two pipes one after the other could block on a full one
        Path errors = Files.createTempFile("kustomize", ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        String err = Files.readString(errors);
        Files.delete(errors);
        if (!done || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + err);
        }
        if (!err.isBlank()) {
            throw new IllegalStateException(String.join(" ", command) + " warned (the build stays warning-free): " + err);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static List<String> command() {
        String given = System.getenv("KUSTOMIZE");
        if (given != null && !given.isBlank()) {
            return List.of(given, "build");
        }
        if (onPath("kustomize")) {
            return List.of("kustomize", "build");
        }
        if (onPath("kubectl")) {
            return List.of("kubectl", "kustomize");
        }
        throw new IllegalStateException("no kustomize: run the tests with deploy/local/test (it installs one), "
                + "or put kustomize or kubectl on the PATH, or set KUSTOMIZE to a kustomize binary");
    }

    private static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, name))) {
                return true;
            }
        }
        return false;
    }
}
