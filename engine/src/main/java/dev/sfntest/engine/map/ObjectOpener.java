package dev.sfntest.engine.map;

import java.io.IOException;
import java.io.InputStream;

/** Opens other S3 objects an ItemReader needs besides the one it was given (the data files of a manifest). */
@FunctionalInterface
public interface ObjectOpener {
    /** The object's bytes; throws {@link java.io.FileNotFoundException} (or another IOException) when absent. */
    InputStream open(String bucket, String key) throws IOException;

    /** An opener for readers that never need one: every call fails. */
    ObjectOpener NONE = (bucket, key) -> {
        throw new java.io.FileNotFoundException("s3://" + bucket + "/" + key + " (no object store configured)");
    };
}
