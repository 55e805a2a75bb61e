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
import java.util.List;

/** Passes every row to several sinks in turn (the JSON, the workbook and the totals in one pass). */
public record Gstr1Tee(List<Gstr1Sink> sinks) implements Gstr1Sink {

    public static Gstr1Tee of(Gstr1Sink... sinks) {
        return new Gstr1Tee(List.of(sinks));
    }

    @Override
    public void b2b(B2bInvoice i) {
        sinks.forEach(s -> s.b2b(i));
    }

    @Override
    public void b2ba(B2bInvoice i) {
        sinks.forEach(s -> s.b2ba(i));
    }

    @Override
    public void b2cl(B2clInvoice i) {
        sinks.forEach(s -> s.b2cl(i));
    }

    @Override
    public void b2cla(B2clInvoice i) {
        sinks.forEach(s -> s.b2cla(i));
    }

    @Override
    public void b2cs(B2csEntry e) {
        sinks.forEach(s -> s.b2cs(e));
    }

    @Override
    public void b2csa(B2csaEntry e) {
        sinks.forEach(s -> s.b2csa(e));
    }

    @Override
    public void cdnr(Note n) {
        sinks.forEach(s -> s.cdnr(n));
    }

    @Override
    public void cdnra(Note n) {
        sinks.forEach(s -> s.cdnra(n));
    }

    @Override
    public void cdnur(UnregisteredNote n) {
        sinks.forEach(s -> s.cdnur(n));
    }

    @Override
    public void cdnura(UnregisteredNote n) {
        sinks.forEach(s -> s.cdnura(n));
    }

    @Override
    public void exp(ExportInvoice i) {
        sinks.forEach(s -> s.exp(i));
    }

    @Override
    public void expa(ExportInvoice i) {
        sinks.forEach(s -> s.expa(i));
    }

    @Override
    public void at(Advance a) {
        sinks.forEach(s -> s.at(a));
    }

    @Override
    public void txpd(Advance a) {
        sinks.forEach(s -> s.txpd(a));
    }

    @Override
    public void nil(NilEntry e) {
        sinks.forEach(s -> s.nil(e));
    }

    @Override
    public void hsn(HsnTable table, HsnEntry e) {
        sinks.forEach(s -> s.hsn(table, e));
    }

    @Override
    public void docIssue(DocumentSeries d) {
        sinks.forEach(s -> s.docIssue(d));
    }
}
