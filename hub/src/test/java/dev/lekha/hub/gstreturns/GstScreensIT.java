package dev.lekha.hub.gstreturns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.domain.demo.DemoCompanySeeder;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.domain.gstreturn.NewGstReturn;
import dev.lekha.domain.gstreturn.ReturnStatus;
import dev.lekha.domain.gstreturn.ReturnType;
import dev.lekha.hub.support.HubTestDoubles;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The GST return and reconciliation screens render what people decide on, and their forms act. */
@SpringBootTest
@ActiveProfiles("test")
@LekhaIntegrationTest
@AutoConfigureMockMvc
@Import(HubTestDoubles.class)
class GstScreensIT {

    @Autowired MockMvc mvc;
    @Autowired GstReturns returns;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "asha", roles = "FINANCE")
    void theReturnScreensShowVersionsFilesAndHistoryAndFinanceSubmitsADraft() throws Exception {
        long company = demoCompany();
        long id = returns.recordDraft(new NewGstReturn(company, Gstin.of(DemoCompanySeeder.BENGALURU_GSTIN),
                GstReturnPeriod.parse("072026"), ReturnType.GSTR1, null, 7001L, 7002L, "{\"b2b\":{\"txval\":1000.00}}",
                "asha")).id();

        String list = mvc.perform(get("/gst-returns").param("companyId", String.valueOf(company)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("id=\"return-" + id + "\"", "072026", DemoCompanySeeder.BENGALURU_GSTIN, "DRAFT");

        String detail = mvc.perform(get("/gst-returns/{id}", id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(detail).contains("id=\"submit-form\"", "/api/artifacts/7001/content", "/api/artifacts/7002/content",
                "Workbook (XLSX)", "<th>b2b</th>", "<span class=\"amount\">1000.00</span>", "id=\"history\"")
                .doesNotContain("id=\"approve-form\"", "id=\"portal\"");

        mvc.perform(post("/gst-returns/{id}/submit", id).param("note", "tied to books").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/gst-returns/" + id));
        assertThat(returns.get(id).status()).isEqualTo(ReturnStatus.PENDING_REVIEW);
        assertThat(returns.get(id).submittedBy()).isEqualTo("asha");
    }

    @Test
    @WithMockUser(username = "ravi", roles = "COMPLIANCE")
    void anApprovedReturnOffersThePortalStepsAndAWrongArnIsShownNotStored() throws Exception {
        long company = demoCompany();
        long id = returns.recordDraft(new NewGstReturn(company, Gstin.of(DemoCompanySeeder.BENGALURU_GSTIN),
                GstReturnPeriod.parse("062026"), ReturnType.GSTR3B, null, 7101L, 7102L, null, "asha")).id();
        returns.submitForReview(id, "asha", null);
        mvc.perform(post("/gst-returns/{id}/approve", id).with(csrf())).andExpect(status().isFound());

        String detail = mvc.perform(get("/gst-returns/{id}", id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(detail).contains("id=\"portal\"", "id=\"otp-form\"", "id=\"login-form\"", "id=\"filed-form\"",
                "Summary for review and sign-off (PDF)", "not logged in");

        String flashed = mvc.perform(post("/gst-returns/{id}/filed", id).param("arn", "XYZ").with(csrf()))
                .andExpect(status().isFound()).andReturn().getFlashMap().get("error").toString();
        assertThat(flashed).contains("'XYZ' is not an acknowledgement reference number");
        assertThat(returns.get(id).status()).isEqualTo(ReturnStatus.READY_TO_FILE);
    }

    @Test
    @WithMockUser(username = "meera", roles = "FINANCE")
    void theReconciliationScreenShowsBothDocumentsAndTakesADecision() throws Exception {
        long company = demoCompany();
        String gstin = DemoCompanySeeder.PUNE_GSTIN;
        long registration = jdbc.queryForObject("select id from gst_registration where gstin = ?", Long.class, gstin);
        // a booked invoice and a 2B document of a supplier, proposed as an R2 suggestion
        jdbc.update("insert into purchase_invoice (company_id, registration_id, supplier_gstin, supplier_name, doc_type,"
                + " doc_number, doc_date, financial_year, return_period, place_of_supply, reverse_charge, taxable_value,"
                + " igst, cgst, sgst, cess, total, itc_eligibility, received_at) values (?, ?, '27AAPFU0939F1ZV',"
                + " 'Alpha Traders', 'INV', 'SCR/0102/26-27', date '2026-09-06', '2026-27', '092026', '27', false, 5000,"
                + " 0, 450, 450, 0, 5900, 'INPUTS', ?)", company, registration, Timestamp.from(Instant.now()));
        long invoice = jdbc.queryForObject("select id from purchase_invoice where doc_number = 'SCR/0102/26-27'",
                Long.class);
        jdbc.update("insert into gstr2b_return (company_id, gstin, return_period, financial_year, checksum, file_sha256,"
                + " document_count, imported_at) values (?, ?, '092026', '2026-27', 'SCREENTEST', 'x', 1, ?)", company,
                gstin, Timestamp.from(Instant.now()));
        long statement = jdbc.queryForObject("select id from gstr2b_return where checksum = 'SCREENTEST'", Long.class);
        jdbc.update("insert into gstr2b_document (company_id, gstr2b_return_id, gstin, return_period, financial_year,"
                + " section, rejected, supplier_gstin, supplier_name, doc_type, doc_number, doc_date, reverse_charge,"
                + " taxable_value, igst, cgst, sgst, cess, itc_available, amendment) values (?, ?, ?, '092026', '2026-27',"
                + " 'B2B', false, '27AAPFU0939F1ZV', 'Alpha Traders', 'INV', 'SCR-102', date '2026-09-08', false, 5000, 0,"
                + " 450, 450, 0, 'Y', false)", company, statement, gstin);
        long document = jdbc.queryForObject("select id from gstr2b_document where doc_number = 'SCR-102'", Long.class);
        jdbc.update("insert into gst_recon_pair (company_id, gstin, financial_year, return_period, purchase_invoice_id,"
                + " gstr2b_document_id, outcome, match_rule, reason, decision, created_at) values (?, ?, '2026-27',"
                + " '092026', ?, ?, 'SUGGESTED_MATCH', 'R2_NORMALISED_NUMBER', 'numbers equal after normalisation,"
                + " 2 days apart', 'PROPOSED', ?)", company, gstin, invoice, document, Timestamp.from(Instant.now()));
        long line = jdbc.queryForObject("select id from gst_recon_pair where purchase_invoice_id = ?", Long.class,
                invoice);

        String html = mvc.perform(get("/gst-recon").param("companyId", String.valueOf(company)).param("gstin", gstin)
                .param("period", "092026")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"line-" + line + "\"", "SCR/0102/26-27", "SCR-102",
                "numbers equal after normalisation, 2 days apart", "id=\"accept-" + line + "\"", "taxable 5000.00 tax 900.00");

        mvc.perform(post("/gst-recon/lines/{id}/accept", line).param("companyId", String.valueOf(company))
                .param("gstin", gstin).param("period", "092026").with(csrf())).andExpect(status().isFound());
        assertThat(jdbc.queryForMap("select decision, decided_by from gst_recon_pair where id = ?", line))
                .containsEntry("decision", "ACCEPTED").containsEntry("decided_by", "meera");
    }

    private long demoCompany() {
        return jdbc.queryForObject("select id from company where pan = ?", Long.class, DemoCompanySeeder.PAN);
    }
}
