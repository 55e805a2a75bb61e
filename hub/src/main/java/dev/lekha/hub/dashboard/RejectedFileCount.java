package dev.lekha.hub.dashboard;

import java.util.Set;

/**
 * How many dropped files were rejected. Supplied by the file-drop module; without one the dashboard
 * counts {@code inbound_file} rows with status {@code REJECTED} itself, when that table exists.
 */
@FunctionalInterface
public interface RejectedFileCount {

    /** Rejected files of the given companies; {@code companyIds} null means all companies. */
    long rejectedFiles(Set<Long> companyIds);
}
