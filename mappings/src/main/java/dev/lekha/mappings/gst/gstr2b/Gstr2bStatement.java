package dev.lekha.mappings.gst.gstr2b;

import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.GstReturnPeriod;
import java.time.LocalDate;

/**
 * The header of a GSTR-2B statement: whose it is ({@code data.gstin}), for which return period
 * ({@code data.rtnprd}), the statement's version and generation date ({@code data.gendt}) and the
 * portal's {@code chksum}. Never null fields except {@code version} and {@code generatedOn}, which older
 * files may lack.
 */
public record Gstr2bStatement(Gstin gstin, GstReturnPeriod period, String version, LocalDate generatedOn,
                              String checksum) {
}
