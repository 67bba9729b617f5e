package org.throughcare;

import org.springframework.jdbc.core.JdbcOperations;
import org.throughcare.database.ReadBatch;

import java.util.function.Function;
import java.util.function.Supplier;

/** A test's way to call a service method that queues its read on a {@link ReadBatch}: queue, send, answer. */
public final class SentAlone {

    private SentAlone() {}

    public static <T> T sentAlone(JdbcOperations jdbc, Function<ReadBatch, Supplier<T>> read) {
        ReadBatch batch = new ReadBatch(jdbc);
        Supplier<T> result = read.apply(batch);
        batch.send();
        return result.get();
    }
}
