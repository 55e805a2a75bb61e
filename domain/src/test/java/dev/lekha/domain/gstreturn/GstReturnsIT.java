package dev.lekha.domain.gstreturn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.Pan;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@LekhaIntegrationTest
class GstReturnsIT {

    static final String PAN = "AABCW2222R";

    @Autowired GstReturns returns;
    @Autowired Companies companies;
    @Autowired GstRegistrations registrations;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    long companyId;
    Gstin gstin;

    @BeforeEach
    void aCompanyInKarnataka() {
        gstin = Gstin.of(withCheck("29" + PAN + "1Z"));
        companyId = companies.findByPan(PAN).map(Company::getId).orElseGet(() -> {
            Company c = companies.save(new Company("Workflow Test Works Private Limited", Pan.of(PAN), false, false,
                    clock.instant()));
            registrations.save(new GstRegistration(c.getId(), gstin, null, null, "Bengaluru", "560001"));
            return c.getId();
        });
    }

    @Test
    void aReturnGoesFromDraftToFiledWithWhoAndWhenAndARegeneratedDraftSupersedesTheOld() {
        GstReturnPeriod period = GstReturnPeriod.parse("092026");
        GstReturn first = returns.recordDraft(draft(period, ReturnType.GSTR3B, 101L, "asha"));
        GstReturn second = returns.recordDraft(draft(period, ReturnType.GSTR3B, 102L, "asha"));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        GstReturn old = returns.get(first.id());
        assertThat(old.status()).isEqualTo(ReturnStatus.SUPERSEDED);
        assertThat(old.supersededBy()).isEqualTo(second.id());
        assertThat(old.jsonArtifactId()).as("the superseded version keeps its files").isEqualTo(101L);

        returns.submitForReview(second.id(), "asha", "ready");
        returns.approve(second.id(), "ravi", "checked against the books");
        GstReturn filed = returns.markFiled(second.id(), "ravi", "aa291226000123x", Instant.parse("2026-12-20T06:30:00Z"),
                "REF-1");

        assertThat(filed.status()).isEqualTo(ReturnStatus.FILED);
        assertThat(filed.arn()).isEqualTo("AA291226000123X");
        assertThat(filed.submittedBy()).isEqualTo("asha");
        assertThat(filed.approvedBy()).isEqualTo("ravi");
        assertThat(filed.filedBy()).isEqualTo("ravi");
        assertThat(filed.filedAt()).isEqualTo(Instant.parse("2026-12-20T06:30:00Z"));
        assertThat(returns.history(second.id())).extracting(GstReturnEvent::to, GstReturnEvent::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReturnStatus.DRAFT, "asha"),
                org.assertj.core.groups.Tuple.tuple(ReturnStatus.PENDING_REVIEW, "asha"),
                org.assertj.core.groups.Tuple.tuple(ReturnStatus.READY_TO_FILE, "ravi"),
                org.assertj.core.groups.Tuple.tuple(ReturnStatus.FILED, "ravi"));
        assertThat(returns.filed(companyId, gstin, ReturnType.GSTR3B, period)).map(GstReturn::id).contains(second.id());

        assertThatThrownBy(() -> returns.recordDraft(draft(period, ReturnType.GSTR3B, 103L, "asha")))
                .isInstanceOf(GstReturnStateException.class)
                .hasMessageContaining("was filed").hasMessageContaining("AA291226000123X");
    }

    @Test
    void stepsOutOfOrderAreRefusedAndSendingBackNeedsAReason() {
        GstReturn draft = returns.recordDraft(draft(GstReturnPeriod.parse("102026"), ReturnType.GSTR1, 201L, "asha"));

        assertThatThrownBy(() -> returns.approve(draft.id(), "ravi", null))
                .isInstanceOf(GstReturnStateException.class).hasMessageContaining("is DRAFT and cannot move to READY_TO_FILE");
        assertThatThrownBy(() -> returns.markFiled(draft.id(), "ravi", "AA291126000001Z", null, null))
                .isInstanceOf(GstReturnStateException.class);

        returns.submitForReview(draft.id(), "asha", null);
        assertThatThrownBy(() -> returns.sendBack(draft.id(), "ravi", " "))
                .isInstanceOf(GstReturnStateException.class).hasMessageContaining("Say why");
        assertThat(returns.sendBack(draft.id(), "ravi", "HSN summary missing two codes").status())
                .isEqualTo(ReturnStatus.DRAFT);
    }

    @Test
    void anArnMustHaveThePortalFormatAndTheGstinsState() {
        GstReturn ret = returns.recordDraft(draft(GstReturnPeriod.parse("112026"), ReturnType.GSTR3B, 301L, "asha"));
        returns.submitForReview(ret.id(), "asha", null);
        returns.approve(ret.id(), "ravi", null);

        assertThatThrownBy(() -> returns.markFiled(ret.id(), "ravi", "12345", null, null))
                .isInstanceOf(InvalidArnException.class).hasMessageContaining("15 characters");
        // 27 is Maharashtra; the GSTIN is registered in Karnataka (29)
        assertThatThrownBy(() -> returns.markFiled(ret.id(), "ravi", "AA271226000123X", null, null))
                .isInstanceOf(InvalidArnException.class).hasMessageContaining("state 29");
        assertThat(returns.get(ret.id()).status()).isEqualTo(ReturnStatus.READY_TO_FILE);
    }

    @Test
    void filingAGstr1RemembersTheContentOfEveryDocumentOfThePeriod() {
        GstReturnPeriod period = GstReturnPeriod.parse("082026");
        long registrationId = jdbc.queryForObject("select id from gst_registration where gstin = ?", Long.class,
                gstin.value());
        insertDocument(registrationId, "W/1", "2026-08-03", "082026", "29AABCS9876K1ZK", "B2B", "INV", "h1");
        insertDocument(registrationId, "W/2", "2026-08-04", "082026", null, "B2C", "INV", "h2");
        insertDocument(registrationId, "W/3", "2026-09-01", "092026", null, "B2C", "INV", "h3");
        GstReturn ret = returns.recordDraft(draft(period, ReturnType.GSTR1, 401L, "asha"));
        returns.submitForReview(ret.id(), "asha", null);
        returns.approve(ret.id(), "ravi", null);

        returns.markFiled(ret.id(), "ravi", "AA290926000777K", null, null);

        List<String> reported = jdbc.queryForList("select doc_number || ':' || section || ':' || content_sha256"
                + " from gstr1_reported_document where gst_return_id = ? order by doc_number", String.class, ret.id());
        assertThat(reported).containsExactly("W/1:b2b:h1", "W/2:b2c:h2");
    }

    @Test
    void filingAGstr1RemembersTheB2csBucketsOfItsB2cDocuments() {
        // given: a B2C invoice to Karnataka (29) with taxable lines at 18% and 5% and an exempt line, and a B2B one
        GstReturnPeriod period = GstReturnPeriod.parse("102026");
        long registrationId = jdbc.queryForObject("select id from gst_registration where gstin = ?", Long.class,
                gstin.value());
        insertDocument(registrationId, "R/1", "2026-10-03", "102026", "29AABCS9876K1ZK", "B2B", "INV", "r1");
        insertDocument(registrationId, "R/2", "2026-10-04", "102026", null, "B2C", "INV", "r2");
        long r1 = jdbc.queryForObject("select id from sales_document where doc_number = 'R/1'"
                + " and company_id = ?", Long.class, companyId);
        long r2 = jdbc.queryForObject("select id from sales_document where doc_number = 'R/2'"
                + " and company_id = ?", Long.class, companyId);
        insertLine(r1, 1, "18", "TAXABLE");
        insertLine(r2, 1, "18", "TAXABLE");
        insertLine(r2, 2, "5", "TAXABLE");
        insertLine(r2, 3, "18", "TAXABLE");
        insertLine(r2, 4, "0", "EXEMPT");
        GstReturn ret = returns.recordDraft(draft(period, ReturnType.GSTR1, 402L, "asha"));
        returns.submitForReview(ret.id(), "asha", null);
        returns.approve(ret.id(), "ravi", null);

        // when
        returns.markFiled(ret.id(), "ravi", "AA291026000778K", null, null);

        // then: R/2's b2cs buckets are (pos 29, no operator) at 5% and 18% (each rate once, exempt lines aside),
        // so that a later change of it can revise them (b2csa); the B2B invoice has none
        assertThat(jdbc.queryForObject("select place_of_supply from gstr1_reported_document where gst_return_id = ?"
                + " and sales_document_id = ?", String.class, ret.id(), r2)).isEqualTo("29");
        List<String> rates = jdbc.queryForList("select d.doc_number || ':' || cast(rr.gst_rate as varchar(10))"
                + " from gstr1_reported_rate rr join gstr1_reported_document r on r.id = rr.reported_document_id"
                + " join sales_document d on d.id = r.sales_document_id where r.gst_return_id = ?"
                + " order by rr.gst_rate", String.class, ret.id());
        assertThat(rates).containsExactly("R/2:5.00", "R/2:18.00");
    }

    private void insertLine(long documentId, int lineNo, String rate, String category) {
        jdbc.update("insert into sales_document_line (company_id, sales_document_id, line_no, description, hsn,"
                + " is_service, quantity, uqc, unit_price, discount, taxable_value, gst_rate, igst, cgst, sgst, cess,"
                + " tax_category) values (?, ?, ?, 'Laptop', '8471', false, 1, 'NOS', 100, 0, 100, ?, 0, 0, 0, 0, ?)",
                companyId, documentId, lineNo, new java.math.BigDecimal(rate), category);
    }

    private void insertDocument(long registrationId, String number, String date, String period, String buyer,
                                String supplyType, String type, String sha) {
        jdbc.update("insert into sales_document (company_id, registration_id, supplier_gstin, doc_type, doc_number,"
                + " doc_date, financial_year, return_period, supply_type, reverse_charge, place_of_supply, buyer_gstin,"
                + " taxable_value, igst, cgst, sgst, cess, other_charges, round_off, total, content_sha256,"
                + " source_channel, received_at, einvoice_status) values (?, ?, ?, ?, ?, ?, '2026-27', ?, ?, false, '29',"
                + " ?, 100, 0, 9, 9, 0, 0, 0, 118, ?, 'api', ?, 'NOT_APPLICABLE')", companyId, registrationId,
                gstin.value(), type, number, java.sql.Date.valueOf(date), period, supplyType, buyer, sha,
                java.sql.Timestamp.from(clock.instant()));
    }

    private NewGstReturn draft(GstReturnPeriod period, ReturnType type, long jsonArtifact, String by) {
        return new NewGstReturn(companyId, gstin, period, type, null, jsonArtifact, null, "{}", by);
    }

    private static String withCheck(String first14) {
        return first14 + Gstin.checkCharacter(first14);
    }
}
