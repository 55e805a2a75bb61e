package dev.lekha.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.invoice.SalesDocuments;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@LekhaIntegrationTest
class DemoCompanySeederIT {

    @Autowired DemoCompanySeeder seeder;
    @Autowired Companies companies;
    @Autowired GstRegistrations registrations;
    @Autowired SalesDocuments documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void seedsTheDemoCompanyOnceThroughTheIntake() {
        assertThat(seeder.seedIfEmpty()).isTrue();

        Company company = companies.findByPan("AAACL1234C").orElseThrow();
        long id = company.getId();
        assertThat(company.getLegalName()).isEqualTo("Lekha Demo Traders Private Limited");
        assertThat(registrations.findByCompanyIdOrderByGstin(id)).extracting(GstRegistration::getGstin)
                .containsExactly("27AAACL1234C1Z5", "29AAACL1234C1Z1");
        // 215 invoices, 6 credit and 3 debit notes, and 3 invoices showing GSTR-1 sections (b2cl, nil, e-commerce)
        assertThat(documents.countByCompanyId(id)).isEqualTo(227);
        Map<String, Long> byType = jdbc.queryForList(
                        "select doc_type, count(*) as n from sales_document where company_id = ? group by doc_type", id)
                .stream().collect(Collectors.toMap(r -> (String) r.get("doc_type"), r -> ((Number) r.get("n")).longValue()));
        assertThat(byType).containsEntry("INV", 218L).containsEntry("CRN", 6L).containsEntry("DBN", 3L);
        Map<String, Long> bySupply = jdbc.queryForList(
                        "select supply_type, count(*) as n from sales_document where company_id = ? group by supply_type", id)
                .stream().collect(Collectors.toMap(r -> (String) r.get("supply_type"), r -> ((Number) r.get("n")).longValue()));
        assertThat(bySupply.get("EXPWOP")).isEqualTo(1L);
        assertThat(bySupply.get("B2B")).isGreaterThan(50L);
        assertThat(bySupply.get("B2C")).isGreaterThan(50L);
        // intra-state (CGST) and inter-state (IGST) B2B documents both present
        assertThat(jdbc.queryForObject("select count(*) from sales_document where company_id = ? and cgst > 0", Long.class, id))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from sales_document where company_id = ? and igst > 0", Long.class, id))
                .isPositive();
        LocalDate today = LocalDate.now(clock);
        assertThat(jdbc.queryForObject("select min(doc_date) from sales_document where company_id = ?", LocalDate.class, id))
                .isAfterOrEqualTo(today.minusDays(89));
        assertThat(jdbc.queryForObject("select max(doc_date) from sales_document where company_id = ?", LocalDate.class, id))
                .isBeforeOrEqualTo(today);
        // every document's lines add up to its totals
        assertThat(jdbc.queryForObject("""
                select count(*) from sales_document d
                 where d.company_id = ?
                   and (d.taxable_value <> (select sum(l.taxable_value) from sales_document_line l where l.sales_document_id = d.id)
                     or d.igst + d.cgst + d.sgst <> (select sum(l.igst + l.cgst + l.sgst) from sales_document_line l
                                                      where l.sales_document_id = d.id))""", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where company_id = ? and event_type = 'invoice.received'",
                Long.class, id)).isEqualTo(227);
        // the b2cl showcase: 1,22,500.00 + IGST 6,125.00 inter-state to an unregistered buyer
        assertThat(jdbc.queryForObject("select total from sales_document where company_id = ? and doc_number = ?",
                java.math.BigDecimal.class, id, "MH/SC/2627/001")).isEqualByComparingTo("128625.00");
        assertThat(jdbc.queryForObject("select count(*) from sales_document_line l join sales_document d"
                + " on d.id = l.sales_document_id where d.company_id = ? and l.tax_category = 'EXEMPT'", Long.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select port_code from sales_document where company_id = ? and supply_type"
                + " = 'EXPWOP'", String.class, id)).isEqualTo("INNSA1");
        assertThat(jdbc.queryForObject("select count(*) from gst_advance where company_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from gstr2b_document where company_id = ?", Long.class, id))
                .isEqualTo(3);

        // the bank month for bank-recon and razorpay-recon: 10 lines, one settlement whose rows add up to it
        assertThat(jdbc.queryForObject("select count(*) from bank_statement_line where company_id = ?", Long.class, id))
                .isEqualTo(DemoBankStatement.LINES);
        assertThat(jdbc.queryForObject("select sum(credit) - sum(debit) from razorpay_settlement_item where company_id = ?",
                java.math.BigDecimal.class, id)).isEqualByComparingTo("2866.45");
        assertThat(jdbc.queryForObject("select count(*) from bank_statement_line where company_id = ? and utr = ?",
                Long.class, id, DemoBankStatement.SETTLEMENT_UTR)).isEqualTo(1);
        long docs = jdbc.queryForObject("select count(*) from sales_document", Long.class);
        assertThat(seeder.seedIfEmpty()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from sales_document", Long.class)).isEqualTo(docs);
        assertThat(jdbc.queryForObject("select count(*) from company where pan = 'AAACL1234C'", Long.class)).isEqualTo(1);
    }
}
