package dev.terrarium.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the cases under the cases root ({@code cases/<area>/<name>.py}), in a stable order, keeping
 * those selected by the filter. The filter is a comma-separated list of prefixes of
 * {@code area/name}: {@code arithmetic} selects an area, {@code errors/zero_division} a family,
 * {@code control/for_range} one case. An empty filter selects everything.
 */
final class CaseCatalog {

    private CaseCatalog() {
    }

    static List<ConformanceCase> discover(Path casesRoot, String filter) {
        List<String> prefixes = Arrays.stream(filter.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList());
        try (Stream<Path> files = Files.walk(casesRoot, 2)) {
            return files
                    .filter(p -> p.getFileName().toString().endsWith(".py"))
                    .filter(p -> casesRoot.relativize(p).getNameCount() == 2)
                    .sorted()
                    .filter(p -> selected(casesRoot.relativize(p), prefixes))
                    .map(ConformanceCase::load)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list conformance cases under " + casesRoot, e);
        }
    }

    /** Whether {@code area/name.py} (relative to the root) matches one of the prefixes. */
    private static boolean selected(Path relative, List<String> prefixes) {
        String file = relative.getFileName().toString();
        String id = relative.getName(0) + "/" + file.substring(0, file.length() - ".py".length());
        return prefixes.isEmpty() || prefixes.stream().anyMatch(id::startsWith);
    }
}
