package org.indicatortracker.system;

/**
 * Fired (synchronously, inside the writing transaction) by writers that change figures in bulk or outside
 * Hibernate's entity events: imports, publications, withdrawals. Observers that cache responses per data version
 * bump the version here so bulk writes invalidate caches like single edits do.
 *
 * @param what the kind of write ("import", "publication", "withdrawal")
 * @param figures how many figures changed
 */
public record DataChanged(String what, int figures) {
}
