package studio.backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shape of the code that the package list in the README promises. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern EDGE = Pattern.compile("^\\s+(studio\\.backprop[\\w.]*)\\s+->\\s+(studio\\.backprop[\\w.]*)\\s");

    /** Package -> the project's packages it imports, as jdeps reads the compiled classes. */
    private static Map<String, Set<String>> packageGraph() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "-verbose:package", "-filter:none", "target/classes");
        assertEquals(0, status, "jdeps on target/classes");
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                graph.computeIfAbsent(m.group(2), k -> new TreeSet<>());
            }
        }
        return graph;
    }

    /** A path from {@code to} back to {@code from}, or null. */
    private static List<String> pathBack(Map<String, Set<String>> graph, String from, String to) {
        Deque<List<String>> paths = new ArrayDeque<>(List.of(List.of(to)));
        Set<String> seen = new TreeSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.poll();
            String last = path.get(path.size() - 1);
            if (last.equals(from)) {
                return path;
            }
            for (String next : graph.get(last)) {
                if (seen.add(next)) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(next);
                    paths.add(longer);
                }
            }
        }
        return null;
    }

    @Test
    void noPackageImportsAPackageThatImportsItBack() {
        Map<String, Set<String>> graph = packageGraph();
        assertTrue(graph.size() > 15, "jdeps found the packages: " + graph.keySet());
        for (var entry : graph.entrySet()) {
            for (String target : entry.getValue()) {
                List<String> back = pathBack(graph, entry.getKey(), target);
                assertEquals(null, back, entry.getKey() + " -> " + target + " and back: " + back);
            }
        }
    }

    @Test
    void theEngineImportsNoOtherPackageOfTheProjectAndTrainingOnlyTheEngine() {
        Map<String, Set<String>> graph = packageGraph();
        assertEquals(Set.of(), graph.get("studio.backprop.engine"));
        assertEquals(Set.of("studio.backprop.engine"), graph.get("studio.backprop.training"));
    }

    @Test
    void noSourceFileIsOver300Lines() throws IOException {
        Map<Path, Long> long300 = new HashMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(p).size();
                if (lines > 300) {
                    long300.put(p, lines);
                }
            }
        }
        assertEquals(Map.of(), long300);
    }

    @Test
    void noNestedClassIsNamedAsATopLevelClassIs() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("target/classes")),
                Files.walk(Path.of("target/test-classes")))) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class")).map(n -> n.substring(0, n.length() - 6)).toList();
            Set<String> topLevel = names.stream().filter(n -> !n.contains("$")).collect(Collectors.toSet());
            List<String> clashes = names.stream().filter(n -> n.contains("$"))
                    .filter(n -> topLevel.contains(n.substring(n.lastIndexOf('$') + 1)))
                    .filter(n -> !n.equals("WorkedExampleStep$Phase")) // the handout's phases, told apart in its doc
                    .sorted().toList();
            assertEquals(List.of(), clashes);
        }
    }

    @Test
    void everyClassNameIsUsedOnce() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(MAIN), Files.walk(Path.of("src/test/java")))) {
            Map<String, List<Path>> byName = files.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.groupingBy(f -> f.getFileName().toString()));
            byName.values().removeIf(paths -> paths.size() == 1);
            assertEquals(Map.of(), byName);
        }
    }
}
