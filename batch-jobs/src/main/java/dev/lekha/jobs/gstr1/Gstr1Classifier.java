package dev.lekha.jobs.gstr1;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.mappings.gst.gstr1.Gstr1Document;
import dev.lekha.mappings.gst.gstr1.Gstr1Mapping;
import dev.lekha.mappings.gst.gstr1.Gstr1Problem;
import dev.lekha.mappings.gst.gstr1.Gstr1Rules;
import dev.lekha.mappings.gst.gstr1.Gstr1Section;
import dev.lekha.mappings.gst.gstr1.Gstr1Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates each document and decides its section with the mappings module: a document of the period by
 * {@link Gstr1Mapping#classify}, an amended one by the section its filed GSTR-1 reported it in (the filing
 * workflow records {@code b2c} for both B2C tables and {@code cdnur} for every note to an unregistered person, so
 * those are decided again from the document: b2cla / cdnura when it is a B2CL invoice or note, otherwise B2CS,
 * whose amendment is the revised b2cs bucket of its original month, b2csa, written by {@link Gstr1ReturnTasklet}).
 */
class Gstr1Classifier implements ItemProcessor<Gstr1DocumentReader.Candidate, Gstr1Classifier.Staged> {

    /** What the staging table keeps of a document, plus its problems. */
    record Staged(long docId, Gstr1Section section, boolean amendment, String originalNumber,
                  LocalDate originalDate, List<Gstr1Problem> problems) {
    }

    private final String gstin;
    private final String state;
    private final GstReturnPeriod period;
    private final Gstr1Rules rules;

    Gstr1Classifier(String gstin, GstReturnPeriod period, Gstr1Rules rules) {
        this.gstin = gstin;
        this.state = Gstr1Mapping.stateOf(gstin);
        this.period = period;
        this.rules = rules;
    }

    @Override
    public Staged process(Gstr1DocumentReader.Candidate candidate) {
        Gstr1Document doc = candidate.document();
        if (candidate.reportedSection() == null) {
            List<Gstr1Problem> problems = Gstr1Validator.validate(doc, gstin, period, rules);
            Gstr1Section section = doc.supplyType() == null ? Gstr1Section.NONE
                    : Gstr1Mapping.classify(doc, state, rules);
            return new Staged(candidate.docId(), section, false, null, null, problems);
        }
        Gstr1Section section = reportedSection(candidate.reportedSection(), doc);
        Gstr1Document.Reported r = doc.reported();
        Gstr1Document amended = Gstr1Rows.document(doc, doc.lines(),
                new Gstr1Document.Reported(section, r.number(), r.date(), r.period()));
        List<Gstr1Problem> problems = Gstr1Validator.validate(amended, gstin, period, rules);
        return new Staged(candidate.docId(), section, true, r.number(), r.date(), problems);
    }

    private Gstr1Section reportedSection(String reported, Gstr1Document doc) {
        String s = reported.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "b2b" -> Gstr1Section.B2B;
            case "b2cl" -> Gstr1Section.B2CL;
            case "b2cs" -> Gstr1Section.B2CS;
            case "cdnr" -> Gstr1Section.CDNR;
            case "exp" -> Gstr1Section.EXP;
            default -> {
                // classified as if not cancelled: a cancelled document keeps the table it was reported in
                Gstr1Document live = new Gstr1Document(doc.docType(), doc.number(), doc.date(), doc.supplyType(),
                        doc.reverseCharge(), doc.placeOfSupply(), doc.buyerGstin(), doc.ecommerceGstin(),
                        doc.portCode(), doc.shippingBillNumber(), doc.shippingBillDate(), doc.value(),
                        doc.originalInvoiceValue(), false, doc.lines(), null);
                Gstr1Section now = doc.supplyType() == null ? Gstr1Section.B2CS : Gstr1Mapping.classify(live, state,
                        rules);
                yield now == Gstr1Section.B2CL || now == Gstr1Section.CDNUR ? now : Gstr1Section.B2CS;
            }
        };
    }
}
