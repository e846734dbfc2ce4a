package dev.sfntest.engine.map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.spi.ItemData;
import dev.sfntest.engine.spi.ItemRequest;
import dev.sfntest.engine.spi.ItemSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An {@link ItemSource} that serves S3 from a local folder: {@code <root>/<bucket>/<key>} (by convention
 * {@code test-data/s3}). Answers {@code s3:getObject} with the file's bytes (streamed; the ReaderConfig's InputType
 * picks the parser) and {@code s3:listObjectsV2} with the {@link S3ListItemReader} items of
 * {@code <bucket>/<Prefix>}. Has nothing for a request whose bucket or object is missing, so the next source may
 * answer. Also an {@link ObjectOpener} for the data files of a MANIFEST.
 */
public final class LocalS3ItemSource implements ItemSource, ObjectOpener {
    private final Path root;

    public LocalS3ItemSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<ItemData> open(ItemRequest request) {
        String resource = request.resource() == null ? "" : request.resource();
        JsonNode args = request.arguments();
        String bucket = text(args, "Bucket");
        if (bucket == null) return Optional.empty();
        Path bucketFolder = resolve(bucket, "");
        if (bucketFolder == null || !Files.isDirectory(bucketFolder)) return Optional.empty();
        if (resource.endsWith(":s3:listObjectsV2")) {
            return Optional.of(new ItemData.Items(S3ListItemReader.list(bucketFolder, text(args, "Prefix"))));
        }
        if (resource.endsWith(":s3:getObject")) {
            String key = text(args, "Key");
            Path file = key == null ? null : resolve(bucket, key);
            if (file == null || !Files.isRegularFile(file)) return Optional.empty();
            String name = "s3://" + bucket + "/" + key;
            return Optional.of(new ItemData.Bytes(null, name, () -> Files.newInputStream(file)));
        }
        return Optional.empty();
    }

    @Override
    public InputStream open(String bucket, String key) throws IOException {
        Path file = resolve(bucket, key);
        if (file == null || !Files.isRegularFile(file)) {
            throw new FileNotFoundException("s3://" + bucket + "/" + key + " (not found under " + root + ")");
        }
        return Files.newInputStream(file);
    }

    /** The file for bucket/key, or null when the key would escape the root folder. */
    private Path resolve(String bucket, String key) {
        Path p = root.resolve(bucket).resolve(key).normalize();
        return p.startsWith(root.resolve(bucket).normalize()) ? p : null;
    }

    private static String text(JsonNode args, String field) {
        JsonNode n = args == null ? null : args.get(field);
        return n != null && n.isTextual() ? n.textValue() : null;
    }
}
