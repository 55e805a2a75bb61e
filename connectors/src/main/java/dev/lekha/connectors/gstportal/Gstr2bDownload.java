package dev.lekha.connectors.gstportal;

import java.util.List;

/**
 * A GSTR-2B as the portal gave it: one decrypted JSON document ({@code {"chksum":…,"data":{…}}}) per file.
 * A small 2B is one file; a large one is split by the portal ({@code fc} files, fetched with {@code file_num}
 * 1…fc), and the parts are kept as they came so the 2B parser can read each.
 *
 * @param gstin  the recipient GSTIN
 * @param period the return period {@code MMYYYY}
 * @param files  at least one JSON document
 */
public record Gstr2bDownload(String gstin, String period, List<String> files) {

    public Gstr2bDownload {
        files = List.copyOf(files);
    }
}
