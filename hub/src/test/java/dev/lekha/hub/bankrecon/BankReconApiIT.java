package dev.lekha.hub.bankrecon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.security.Role;
import dev.lekha.hub.security.SecurityTestData;
import dev.lekha.hub.security.UserAccounts;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bank reconciliation screen's API with real users: a viewer sees lines and suggestions but cannot act;
 * finance confirms a suggestion (the invoice is settled through OpenItems with Dr bank, Cr trade receivables),
 * posts a bank charge to a ledger account, and every action is in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class BankReconApiIT {

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired DataSource dataSource;
    @Autowired JsonMapper json;
    @Autowired MockMvc mvc;

    final HttpClient http = HttpClient.newHttpClient();
    SecurityTestData data;
    JdbcTemplate jdbc;
    long companyId;
    long account;
    long creditLine;
    long chargeLine;
    long invoice;
    String finance;
    String viewer;

    @BeforeEach
    void aCompanyWithAStatement() {
        data = new SecurityTestData(accounts, dataSource);
        jdbc = data.jdbc();
        String gstin = "29" + String.format("AAGCB%04dQ", (int) (System.nanoTime() % 10000)) + "1ZX";
        companyId = data.company("Bank Recon Private Limited", gstin);
        finance = data.user("fin", Role.FINANCE, companyId);
        viewer = data.user("view", Role.VIEWER, companyId);
        long registration = jdbc.queryForObject("select id from gst_registration where company_id = ?", Long.class, companyId);
        jdbc.update("insert into sales_document (company_id, registration_id, supplier_gstin, doc_type, doc_number, doc_date,"
                + " financial_year, return_period, supply_type, reverse_charge, place_of_supply, buyer_legal_name,"
                + " taxable_value, igst, cgst, sgst, cess, other_charges, round_off, total, content_sha256, source_channel,"
                + " received_at, einvoice_status) values (?,?,?,'INV','BR/0001',?,'2026-27','062026','B2B',false,'33',"
                + " 'Tamil Traders',10000,1800,0,0,0,0,0,11800,?,'TEST',?,'NOT_APPLICABLE')", companyId, registration, gstin,
                Date.valueOf(LocalDate.of(2026, 6, 2)), String.format("%064d", companyId), Timestamp.from(Instant.now()));
        invoice = jdbc.queryForObject("select id from sales_document where company_id = ?", Long.class, companyId);
        jdbc.update("insert into bank_account (company_id, account_number, ifsc, bank_name) values (?, '50100011112222',"
                + " 'HDFC0000001', 'HDFC Bank')", companyId);
        account = jdbc.queryForObject("select id from bank_account where company_id = ?", Long.class, companyId);
        jdbc.update("insert into bank_statement (company_id, bank_account_id, format, file_name, file_sha256, lines_in_file,"
                + " lines_added, imported_at) values (?,?,'CSV','june.csv',?,2,2,?)", companyId, account,
                String.format("%064d", companyId), Timestamp.from(Instant.now()));
        long statement = jdbc.queryForObject("select id from bank_statement where company_id = ?", Long.class, companyId);
        creditLine = line(statement, 1, "CR", "11800.00", "NEFT CR-KKBK0000321-TAMIL TRADERS-KKBKN52026060512345");
        chargeLine = line(statement, 2, "DR", "59.00", "CHRG: NEFT COMMISSION INCL GST");
        // a suggestion as bank-recon stores it (R2: one open item of this amount, no name in the narration)
        jdbc.update("insert into bank_recon_match (company_id, bank_account_id, statement_line_id, target_type, target_id,"
                + " amount, rule, confidence, status, reason, run_id, created_at) values (?,?,?,'SALES_DOCUMENT',?,11800.00,"
                + " 'R2_AMOUNT_DATE',0.85,'SUGGESTED','only open item of this amount',1,?)", companyId, account, creditLine,
                invoice, Timestamp.from(Instant.now()));
        jdbc.update("update bank_statement_line set recon_status = 'SUGGESTED' where id = ?", creditLine);
    }

    private long line(long statement, int no, String direction, String amount, String narration) {
        jdbc.update("insert into bank_statement_line (company_id, bank_account_id, statement_id, line_no, value_date, amount,"
                + " direction, narration, line_key) values (?,?,?,?,?,?,?,?,?)", companyId, account, statement, no,
                Date.valueOf(LocalDate.of(2026, 6, 5)), new BigDecimal(amount), direction, narration, "k" + no);
        return jdbc.queryForObject("select id from bank_statement_line where statement_id = ? and line_no = ?", Long.class,
                statement, no);
    }

    @Test
    void viewerSeesFinanceConfirmsAndPostsAndEveryActionIsAudited() throws Exception {
        HttpResponse<String> lines = get("/api/bank-recon/lines?companyId=" + companyId + "&bankAccountId=" + account, viewer);
        assertThat(lines.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(lines.body());
        assertThat(list.size()).isEqualTo(2);
        JsonNode suggestion = list.get(0).get("matches").get(0);
        assertThat(suggestion.get("targetLabel").asString()).isEqualTo("BR/0001 Tamil Traders");
        long matchId = suggestion.get("id").asLong();
        // the screen shows the suggestion to both; only finance gets the buttons
        String asViewer = screen(viewer, "VIEWER");
        assertThat(asViewer).contains("TAMIL TRADERS", "R2_AMOUNT_DATE 0.85").doesNotContain("confirm-" + matchId);
        assertThat(screen(finance, "FINANCE")).contains("confirm-" + matchId);
        String confirm = "/api/bank-recon/matches/" + matchId + "/confirm?companyId=" + companyId;
        assertThat(post(confirm, viewer).statusCode()).isEqualTo(403);

        assertThat(post(confirm, finance).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select recon_status from bank_statement_line where id = ?", String.class, creditLine))
                .isEqualTo("MATCHED");
        assertThat(jdbc.queryForObject("select amount from open_item_settlement where item_id = ? and item_type ="
                + " 'SALES_DOCUMENT'", BigDecimal.class, invoice)).isEqualByComparingTo("11800.00");
        Long journal = jdbc.queryForObject("select journal_entry_id from bank_recon_match where id = ?", Long.class, matchId);
        assertThat(jdbc.queryForList("select a.code || ' ' || l.debit || ' ' || l.credit from journal_line l join"
                + " ledger_account a on a.id = l.ledger_account_id where l.journal_entry_id = ? order by l.line_no",
                String.class, journal)).containsExactly("1100 11800.00 0.00", "1200 0.00 11800.00");
        assertThat(data.auditCount(finance, "BANK_RECON_CONFIRM")).isEqualTo(1);
        // the same suggestion cannot be confirmed twice
        HttpResponse<String> again = post(confirm, finance);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("is CONFIRMED, only a suggestion can be confirmed");

        jdbc.update("insert into ledger_account (company_id, code, name, account_type) values (?, '5300',"
                + " 'Bank and payment gateway charges', 'EXPENSE')", companyId);
        long charges = jdbc.queryForObject("select id from ledger_account where company_id = ? and code = '5300'",
                Long.class, companyId);
        HttpResponse<String> posted = post("/api/bank-recon/lines/" + chargeLine + "/post?companyId=" + companyId
                + "&ledgerAccountId=" + charges, finance);
        assertThat(posted.statusCode()).isEqualTo(200);
        long chargeJournal = json.readTree(posted.body()).get("journalEntryId").asLong();
        assertThat(jdbc.queryForList("select a.code || ' ' || l.debit || ' ' || l.credit from journal_line l join"
                + " ledger_account a on a.id = l.ledger_account_id where l.journal_entry_id = ? order by l.line_no",
                String.class, chargeJournal)).containsExactly("5300 59.00 0.00", "1100 0.00 59.00");
        assertThat(jdbc.queryForObject("select recon_status from bank_statement_line where id = ?", String.class, chargeLine))
                .isEqualTo("POSTED");
        assertThat(data.auditCount(finance, "BANK_RECON_POST")).isEqualTo(1);

        assertThat(json.readTree(get("/api/bank-recon/lines?companyId=" + companyId + "&bankAccountId=" + account, viewer)
                .body()).size()).isZero();
        String screen = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/bank-recon")
                        .param("companyId", String.valueOf(companyId)).param("bankAccountId", String.valueOf(account))
                        .with(SecurityMockMvcRequestPostProcessors.user(viewer).roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(screen).contains("Bank reconciliation", "No open lines for this account.");
    }

    @Test
    void aLineIsMatchedByHandToAnItemFoundBySearch() throws Exception {
        HttpResponse<String> found = get("/api/bank-recon/open-items?companyId=" + companyId + "&q=11800", viewer);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(json.readTree(found.body()).get(0).get("number").asString()).isEqualTo("BR/0001");
        String match = "/api/bank-recon/lines/" + creditLine + "/match?companyId=" + companyId
                + "&targetType=SALES_DOCUMENT&targetId=" + invoice;
        assertThat(post(match, viewer).statusCode()).isEqualTo(403);
        assertThat(post(match, finance).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from bank_recon_match where statement_line_id = ? and status ="
                + " 'CONFIRMED' and rule = 'MANUAL'", Integer.class, creditLine)).isEqualTo(1);
        // the suggestion of the line is gone; the invoice has nothing left: matching another line to it is refused
        assertThat(jdbc.queryForObject("select count(*) from bank_recon_match where statement_line_id = ? and status ="
                + " 'SUGGESTED'", Integer.class, creditLine)).isZero();
        HttpResponse<String> refused = post("/api/bank-recon/lines/" + chargeLine + "/match?companyId=" + companyId
                + "&targetType=SALES_DOCUMENT&targetId=" + invoice, finance);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("has nothing outstanding");
        assertThat(data.auditCount(finance, "BANK_RECON_MATCH")).isEqualTo(1);
    }

    @Test
    void bothJobsRunOnTheDemoCompanysBankMonth() throws Exception {
        long demo = jdbc.queryForObject("select id from company where pan = 'AAACL1234C'", Long.class);
        LocalDate to = jdbc.queryForObject("select max(to_date) from bank_statement where company_id = ?", LocalDate.class, demo);
        JsonNode bank = run("bank-recon", "{\"companyId\":" + demo + ",\"params\":{\"bankAccount\":\"50200012345678\","
                + "\"from\":\"" + to.minusDays(30) + "\",\"to\":\"" + to + "\"}}");
        assertThat(bank.get("summary").get("status").asString()).as("%s", bank.get("errors")).isEqualTo("COMPLETED");
        // the settlement credit by its UTR, and the demo invoices paid with names or numbers in the narration
        assertThat(jdbc.queryForObject("select count(*) from bank_recon_match m join bank_statement_line l on"
                + " l.id = m.statement_line_id where m.company_id = ? and m.status = 'CONFIRMED' and m.target_type ="
                + " 'RAZORPAY_SETTLEMENT' and l.utr = 'UTIBR52026000123'", Integer.class, demo)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from bank_statement_line where company_id = ? and recon_status"
                + " = 'MATCHED'", Integer.class, demo)).isGreaterThanOrEqualTo(4);
        // the settlement's entry (DemoBankStatement): credit 2866.45 to the bank; fees 83.55 = 70.80 fee + 12.75 GST;
        // the clearing account gives up the gross 2866.45 + 83.55 = 2950.00
        assertThat(jdbc.queryForList("select a.code || ' ' || l.debit || ' ' || l.credit from journal_line l join"
                + " journal_entry e on e.id = l.journal_entry_id join ledger_account a on a.id = l.ledger_account_id"
                + " where e.company_id = ? and e.source_type = 'RAZORPAY_SETTLEMENT' and e.source_id ="
                + " 'setl_DemoLekha0001' order by l.line_no", String.class, demo))
                .containsExactly("1100 2866.45 0.00", "5300 70.80 0.00", "1320 12.75 0.00", "1150 0.00 2950.00");
        JsonNode rzp = run("razorpay-recon", "{\"companyId\":" + demo + ",\"params\":{\"from\":\"" + to.minusDays(30)
                + "\",\"to\":\"" + to + "\"}}");
        assertThat(rzp.get("summary").get("status").asString()).as("%s", rzp.get("errors")).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select count(*) from razorpay_settlement_recon where company_id = ? and"
                + " settlement_id = 'setl_DemoLekha0001' and issues = 0 and reconciled_at is not null", Integer.class, demo))
                .isEqualTo(1);
    }

    private String screen(String user, String role) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/bank-recon")
                        .param("companyId", String.valueOf(companyId)).param("bankAccountId", String.valueOf(account))
                        .with(SecurityMockMvcRequestPostProcessors.user(user).roles(role)))
                .andReturn().getResponse().getContentAsString();
    }

    private JsonNode run(String job, String body) throws Exception {
        HttpResponse<String> launched = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/jobs/" + job + "/runs")).header("Authorization", adminBasic())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(202);
        long runId = json.readTree(launched.body()).get("runId").asLong();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() ->
                json.readTree(adminGet("/api/runs/" + runId).body()).get("summary").hasNonNull("endedAt"));
        return json.readTree(adminGet("/api/runs/" + runId).body());
    }

    private HttpResponse<String> adminGet(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", adminBasic()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String adminBasic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + SecurityTestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
