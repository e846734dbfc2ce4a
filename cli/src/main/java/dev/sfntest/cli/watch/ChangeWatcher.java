package dev.sfntest.cli.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for files to change under some folders (and their sub-folders, including ones created later), for
 * {@code run --watch}. An editor's save is often several events (a temporary file, a rename, a modify): events are
 * gathered until the folders have been quiet for a moment, and reported as one change. Folders that never hold
 * inputs (version control, build output, our own work folder) are not watched, and editor swap and backup files do
 * not count as changes.
 */
public final class ChangeWatcher implements AutoCloseable {
    private static final Set<String> IGNORED_FOLDERS = Set.of(".git", ".sfn-test", "target", "node_modules", ".idea",
            ".gradle", ".vscode");
    /** How long the folders must stay quiet before a burst of events counts as one change. */
    private static final long QUIET_MILLIS = 150;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Collection<Path> written;

    /**
     * @param roots   folders to watch, with their sub-folders
     * @param written files and folders the run itself writes (a report, coverage, extracted definitions): changes
     *                there are the run's own doing, and must not start another run
     */
    public ChangeWatcher(Collection<Path> roots, Collection<Path> written) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.written = written.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        for (Path root : new LinkedHashSet<>(roots)) registerTree(root.toAbsolutePath().normalize());
    }

    /**
     * Blocks until something changes, then returns the changed files (at least one); empty only when the thread
     * is interrupted or the watcher closed.
     */
    public Set<Path> awaitChange() throws IOException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            WatchKey key = service.take();
            while (key != null) {
                collect(key, changed);
                key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                if (key == null && changed.isEmpty()) key = service.take();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        } catch (java.nio.file.ClosedWatchServiceException e) {
            return Set.of();
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) throws IOException {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost: something changed, though not said what.
                if (folder != null) changed.add(folder);
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) registerTree(file);
            if (counts(file) && written.stream().noneMatch(file::startsWith)) changed.add(file);
        }
        if (!key.reset()) folders.remove(key);
    }

    /** Editor swap, backup and lock files are not changes to the project. */
    static boolean counts(Path file) {
        String name = file.getFileName().toString();
        return !(name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.startsWith(".#")
                || name.equals("4913") || name.endsWith(".tmp"));
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                if (ignored(root, dir)) continue;
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        }
    }

    private static boolean ignored(Path root, Path dir) {
        for (Path part : root.relativize(dir)) {
            if (IGNORED_FOLDERS.contains(part.toString())) return true;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
