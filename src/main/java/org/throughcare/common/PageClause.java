package org.throughcare.common;

/**
 * The {@code limit} and {@code offset} of a page of a plain SQL statement, written into its text rather than bound
 * as parameters. With them as parameters PostgreSQL cannot tell how few rows a cached generic plan returns, prices it
 * far above a plan made for the values, and so plans the statement afresh on every call (1.1 ms, as long as running
 * it, for the probation caseload and the person search at national scale; docs/performance.md). In the text, each
 * page's statement gets a cached generic plan after five calls. Both are numbers the server computes.
 */
public final class PageClause {

    private PageClause() {}

    /** {@code " limit size offset offset"}, to append to a statement's {@code order by}. */
    public static String of(int size, long offset) {
        return " limit " + size + " offset " + offset;
    }
}
