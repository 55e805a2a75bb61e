package dev.lekha.hub.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.hub.dashboard.DashboardCounts;
import dev.lekha.hub.dashboard.DeadLetterCount;
import dev.lekha.hub.dashboard.RejectedFileCount;
import dev.lekha.hub.deadletters.BrokerDeadLetterCount;
import dev.lekha.hub.drops.InboundRejectedFileCount;
import dev.lekha.routes.drops.DropSettings;
import dev.lekha.routes.queues.DeadLetters;
import dev.lekha.routes.queues.LekhaQueues;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Acceptance test of the three ways a sales invoice comes in (API, queue, drop folder), end to end
 * with the real intake, broker and drop folders: one document is stored once whichever way it comes,
 * and a bad file or document leaves the database as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
@WithMockUser(roles = "FINANCE")
class InvoiceChannelsIT {

    static final String SUPPLIER = "27AAACL1234C1Z5";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired MockMvc mvc;
    @Autowired JmsTemplate jms;
    @Autowired JdbcTemplate jdbc;
    @Autowired DropSettings drops;
    @Autowired DeadLetters deadLetters;
    @Autowired DashboardCounts dashboardCounts;
    @Autowired ObjectProvider<DeadLetterCount> deadLetterCounts;
    @Autowired ObjectProvider<RejectedFileCount> rejectedFileCounts;

    long companyId;

    @BeforeEach
    void demoCompany() {
        companyId = jdbc.queryForObject("select company_id from gst_registration where gstin = ?", Long.class, SUPPLIER);
    }

    /**
     * An inter-state B2B invoice Maharashtra (27) → Karnataka (29): 10 × 100.00 = 1000.00 taxable,
     * IGST 18% = 180.00 (IGST Act s.5; inter-state supply, s.7(1)(a)), total 1180.00.
     */
    static String invoice(String number, String igst, String cgst, String sgst) {
        return """
                {"documentType":"INV","documentNumber":"%s","documentDate":"2026-11-10",
                 "supplierGstin":"27AAACL1234C1Z5","supplyType":"B2B","reverseCharge":false,"placeOfSupply":"29",
                 "buyer":{"gstin":"29AAFCK4321M1ZA","legalName":"K Traders","stateCode":"29"},
                 "lines":[{"lineNo":1,"description":"Steel bracket","hsn":"73269099","service":false,"quantity":10,
                           "uqc":"NOS","unitPrice":100.00,"discount":0,"taxableValue":1000.00,"gstRate":18,
                           "igst":%s,"cgst":%s,"sgst":%s,"cess":0}]}""".formatted(number, igst, cgst, sgst);
    }

    static String newNumber() {
        return "E2E-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    @Test
    void sameInvoiceByApiQueueAndDropIsStoredOnce() throws Exception {
        String number = newNumber();
        String json = invoice(number, "180.00", "0.00", "0.00");

        // when it is posted to the API
        mvc.perform(post("/api/invoices").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.documentNumber").value(number))
                .andExpect(jsonPath("$.duplicate").value(false));

        // and sent on the queue with a messageId
        String messageId = "e2e-" + UUID.randomUUID();
        jms.convertAndSend(LekhaQueues.INVOICES_IN, json.replaceFirst("\\{", "{\"messageId\":\"" + messageId + "\","));
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from processed_message"
                + " where consumer = 'invoices-in' and message_id = ?", Long.class, messageId) == 1);

        // and dropped as a JSON file with its .done marker
        String file = "invoice-" + number + ".json";
        Files.writeString(drops.inbox("sales-invoices").resolve(file), json);
        Files.createFile(drops.inbox("sales-invoices").resolve(file + ".done"));
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from inbound_file"
                + " where channel = 'sales-invoices' and file_name = ? and status = 'ARCHIVED'", Long.class, file) == 1);

        // then there is one document with its one line and one invoice.received event
        assertThat(jdbc.queryForObject("select count(*) from sales_document where doc_number = ?", Long.class,
                number)).isEqualTo(1);
        Long documentId = jdbc.queryForObject("select id from sales_document where doc_number = ?", Long.class,
                number);
        assertThat(jdbc.queryForObject("select count(*) from sales_document_line where sales_document_id = ?",
                Long.class, documentId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where event_type = 'invoice.received'"
                + " and aggregate_type = 'sales_document' and aggregate_id = ?", Long.class,
                String.valueOf(documentId))).isEqualTo(1);
        assertThat(deadLetters.list(LekhaQueues.INVOICES_IN)).noneMatch(d -> messageId.equals(d.messageId()));

        // and the API lists it in its return period with the amounts worked out above
        String path = "$.content[?(@.documentNumber == '" + number + "')]";
        mvc.perform(get("/api/invoices").param("companyId", String.valueOf(companyId)).param("period", "112026")
                        .param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(path + ".id").value(hasItem(documentId.intValue())))
                .andExpect(jsonPath(path + ".documentType").value(hasItem("INV")))
                .andExpect(jsonPath(path + ".documentDate").value(hasItem("2026-11-10")))
                .andExpect(jsonPath(path + ".supplierGstin").value(hasItem(SUPPLIER)))
                .andExpect(jsonPath(path + ".buyerGstin").value(hasItem("29AAFCK4321M1ZA")))
                .andExpect(jsonPath(path + ".buyerName").value(hasItem("K Traders")))
                .andExpect(jsonPath(path + ".placeOfSupply").value(hasItem("29")))
                .andExpect(jsonPath(path + ".supplyType").value(hasItem("B2B")))
                .andExpect(jsonPath(path + ".taxableValue").value(hasItem(1000.0)))
                .andExpect(jsonPath(path + ".igst").value(hasItem(180.0)))
                .andExpect(jsonPath(path + ".cgst").value(hasItem(0.0)))
                .andExpect(jsonPath(path + ".total").value(hasItem(1180.0)))
                .andExpect(jsonPath("$.totalElements").isNumber());
        // and not in another period
        mvc.perform(get("/api/invoices").param("companyId", String.valueOf(companyId)).param("period", "102026")
                        .param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].documentNumber").value(not(hasItem(number))));
    }

    @Test
    void invoiceListFiltersByEinvoiceStatusAndPages() throws Exception {
        String number = newNumber();
        mvc.perform(post("/api/invoices").contentType(MediaType.APPLICATION_JSON)
                        .content(invoice(number, "180.00", "0.00", "0.00")))
                .andExpect(status().isCreated());
        String stored = jdbc.queryForObject("select einvoice_status from sales_document where doc_number = ?",
                String.class, number);
        long ofThatStatus = jdbc.queryForObject("select count(*) from sales_document where company_id = ?"
                + " and return_period = '112026' and einvoice_status = ?", Long.class, companyId, stored);

        mvc.perform(get("/api/invoices").param("companyId", String.valueOf(companyId)).param("period", "112026")
                        .param("einvoiceStatus", stored).param("page", "0").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value((int) ofThatStatus))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].einvoiceStatus").value(stored));
    }

    @Test
    void invoiceListRejectsABadPeriodNamingTheParameter() throws Exception {
        mvc.perform(get("/api/invoices").param("companyId", String.valueOf(companyId)).param("period", "132026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("period"))
                .andExpect(jsonPath("$.detail").value(containsString("'132026' is not of the form MMYYYY")));
        mvc.perform(get("/api/invoices").param("companyId", String.valueOf(companyId)).param("einvoiceStatus", "DONE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("einvoiceStatus"));
        mvc.perform(get("/api/invoices"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void csvWithAMalformedRowIsRejectedWithRowAndColumnAndNothingStored() throws Exception {
        // given a CSV whose second data row (file row 3) has a 13th month
        String header = "document_type,document_number,document_date,supplier_gstin,supply_type,place_of_supply,"
                + "buyer_gstin,buyer_name,buyer_state,line_no,description,hsn,quantity,unit_price,taxable_value,"
                + "gst_rate,igst,cgst,sgst";
        String csv = header + "\n"
                + "INV," + newNumber() + ",2026-11-05,27AAACL1234C1Z5,B2B,27,27AABCS9876K1ZK,Sahyadri Stores,27,1,"
                + "Chair,9401,4,2500.00,10000.00,18,,900.00,900.00\n"
                + "INV," + newNumber() + ",05-13-2026,27AAACL1234C1Z5,B2B,27,27AABCS9876K1ZK,Sahyadri Stores,27,1,"
                + "Chair,9401,4,2500.00,10000.00,18,,900.00,900.00\n";
        List<Long> before = tableCounts();
        long rejectedBefore = dashboardCounts.rejectedFiles(null).orElseThrow();
        String file = "sales-" + UUID.randomUUID() + ".csv";

        // when it is dropped
        Files.writeString(drops.inbox("sales-invoices").resolve(file), csv);
        Files.createFile(drops.inbox("sales-invoices").resolve(file + ".done"));
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from inbound_file"
                + " where channel = 'sales-invoices' and file_name = ? and status = 'REJECTED'", Long.class, file) == 1);

        // then it lies in rejected/ with a report naming row and column, and nothing was stored
        assertThat(drops.rejected("sales-invoices").resolve(file)).hasContent(csv);
        String report = Files.readString(drops.rejected("sales-invoices").resolve(file + ".error.txt"));
        assertThat(report).contains("row 3: document_date: '05-13-2026' is not a date");
        assertThat(drops.inbox("sales-invoices").resolve(file)).doesNotExist();
        assertThat(tableCounts()).isEqualTo(before);

        // and the dashboard counts it through the real provider
        assertThat(dashboardCounts.rejectedFiles(null)).isEqualTo(OptionalLong.of(rejectedBefore + 1));
    }

    @Test
    void wrongTaxSplitIsRejectedByTheApiNamingLineFieldAndExpectedAmounts() throws Exception {
        // given an inter-state invoice taxed as intra-state: CGST 9% + SGST 9% instead of IGST 18% (180.00)
        String number = newNumber();
        List<Long> before = tableCounts();

        mvc.perform(post("/api/invoices").contentType(MediaType.APPLICATION_JSON)
                        .content(invoice(number, "0.00", "90.00", "90.00")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].documentNumber").value(number))
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].igst"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(
                        "expected IGST 180.00, CGST 0.00, SGST 0.00 for inter-state supply 27→29 at 18%")));

        assertThat(tableCounts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from sales_document where doc_number = ?", Long.class,
                number)).isZero();
    }

    @Test
    void dashboardUsesTheChannelsCountProviders() {
        assertThat(deadLetterCounts.getIfUnique()).isInstanceOf(BrokerDeadLetterCount.class);
        assertThat(rejectedFileCounts.getIfUnique()).isInstanceOf(InboundRejectedFileCount.class);

        assertThat(dashboardCounts.deadLetters()).isEqualTo(OptionalLong.of(deadLetters.count()));
        long rejected = jdbc.queryForObject("select count(*) from inbound_file where status = 'REJECTED'"
                + " and company_id = ?", Long.class, companyId);
        assertThat(dashboardCounts.rejectedFiles(Set.of(companyId))).isEqualTo(OptionalLong.of(rejected));
        assertThat(dashboardCounts.rejectedFiles(Set.of())).isEqualTo(OptionalLong.of(0));
    }

    private List<Long> tableCounts() {
        return List.of(
                jdbc.queryForObject("select count(*) from sales_document", Long.class),
                jdbc.queryForObject("select count(*) from sales_document_line", Long.class),
                jdbc.queryForObject("select count(*) from outbox_event", Long.class));
    }
}
