/**
 * The data side of a Distributed Map: reading items, batching them, the failure threshold and exporting results.
 *
 * <table>
 *   <caption>ASL keyword → class</caption>
 *   <tr><td>ItemReader (Resource, ReaderConfig)</td><td>{@link dev.sfntest.engine.map.ReaderConfig},
 *       {@link dev.sfntest.engine.map.ItemReaders}</td></tr>
 *   <tr><td>InputType CSV / JSON / JSONL / MANIFEST</td><td>{@link dev.sfntest.engine.map.CsvItemReader},
 *       {@link dev.sfntest.engine.map.JsonItemReader}, {@link dev.sfntest.engine.map.JsonlItemReader},
 *       {@link dev.sfntest.engine.map.ManifestItemReader}</td></tr>
 *   <tr><td>s3:listObjectsV2</td><td>{@link dev.sfntest.engine.map.S3ListItemReader}</td></tr>
 *   <tr><td>local S3 folder (test-data/s3)</td><td>{@link dev.sfntest.engine.map.LocalS3ItemSource}</td></tr>
 *   <tr><td>ItemBatcher</td><td>{@link dev.sfntest.engine.map.ItemBatcher}</td></tr>
 *   <tr><td>ToleratedFailureCount/Percentage(Path)</td><td>{@link dev.sfntest.engine.map.FailureTolerance}</td></tr>
 *   <tr><td>ResultWriter, WriterConfig</td><td>{@link dev.sfntest.engine.map.ResultWriterOutput}</td></tr>
 * </table>
 */
package dev.sfntest.engine.map;
