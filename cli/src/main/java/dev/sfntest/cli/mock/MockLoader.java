package dev.sfntest.cli.mock;

import dev.sfntest.cli.config.ProjectConfig;
import dev.sfntest.cli.yaml.MappingReader;
import dev.sfntest.cli.yaml.Problems;
import dev.sfntest.cli.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a {@code *.mock.yaml} file into a {@link MockFile}, reporting every problem in it at once. */
public final class MockLoader {
    private static final Set<String> TOP_KEYS = MappingReader.keys("version", "name", "description", "mocks",
            "templates");

    private MockLoader() {}

    /**
     * Loads a mock file. Relative file paths inside it resolve per {@link ProjectConfig#dataFileCandidates}.
     *
     * @throws dev.sfntest.cli.yaml.InputException with every problem found
     */
    public static MockFile load(Path file, ProjectConfig config) {
        Problems problems = new Problems();
        Path dir = file.toAbsolutePath().normalize().getParent();
        Optional<MockFile> mockFile = YamlReader.read(file, problems)
                .flatMap(node -> MappingReader.of(node, "", problems))
                .map(m -> {
                    // 'templates' is free: it only holds anchors for the entries below. 'name' is accepted (and ignored)
                    // because the reference tool ignores it and real mock files carry it.
                    m.allowOnly(TOP_KEYS);
                    String version = m.required("version").flatMap(n -> m.scalarText("version")).orElse("1.0");
                    if (m.has("version") && !version.equals("1.0")) {
                        problems.add(m.node("version").orElseThrow().location(), "version",
                                "version must be \"1.0\", not '" + version + "'");
                    }
                    List<MockSpec> mocks = m.required("mocks")
                            .map(n -> new MockItemLoader(config, dir, problems).readAll(n, "mocks"))
                            .orElse(List.of());
                    return new MockFile(file, version, m.string("description"), mocks);
                });
        problems.throwIfAny();
        return mockFile.orElseThrow();
    }
}
