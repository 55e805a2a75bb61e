package dev.lekha.mappings.gst.gstr1;

import dev.lekha.mappings.gst.gstr1.Gstr1Return.Advance;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2bInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2clInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2csEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2csaEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.DocumentSeries;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.ExportInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.HsnEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.HsnTable;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.NilEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Note;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.UnregisteredNote;

/**
 * Receives a GSTR-1 one row at a time, section after section in this interface's order (b2b, b2ba, b2cl, b2cla,
 * b2cs, b2csa, cdnr, cdnra, cdnur, cdnura, exp, expa, at, txpd, nil, hsn, doc_issue). Within a grouped section
 * rows arrive ordered by their group ({@code ctin}, {@code pos}, {@code exp_typ}, HSN table, document nature), so a
 * sink never has to hold more than one row.
 */
public interface Gstr1Sink {

    void b2b(B2bInvoice invoice);

    void b2ba(B2bInvoice invoice);

    void b2cl(B2clInvoice invoice);

    void b2cla(B2clInvoice invoice);

    void b2cs(B2csEntry entry);

    /** A revised b2cs bucket of an earlier month; rows ordered by {@code omon}, then bucket. */
    void b2csa(B2csaEntry entry);

    void cdnr(Note note);

    void cdnra(Note note);

    void cdnur(UnregisteredNote note);

    void cdnura(UnregisteredNote note);

    void exp(ExportInvoice invoice);

    void expa(ExportInvoice invoice);

    void at(Advance advance);

    void txpd(Advance advance);

    void nil(NilEntry entry);

    void hsn(HsnTable table, HsnEntry entry);

    void docIssue(DocumentSeries series);
}
