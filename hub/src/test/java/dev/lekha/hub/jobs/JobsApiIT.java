package dev.lekha.hub.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The job, run and artifact API and screens through MockMvc, with roles, against the database. */
@SpringBootTest
@ActiveProfiles("test")
@LekhaIntegrationTest
@AutoConfigureMockMvc
class JobsApiIT {

    private static final RequestPostProcessor FINANCE = user("fatima").roles("FINANCE");
    private static final RequestPostProcessor COMPLIANCE = user("chandra").roles("COMPLIANCE");
    private static final RequestPostProcessor VIEWER = user("vijay").roles("VIEWER");

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void launchedOverRestCompletesAndItsArtifactDownloadsWithTheRecordedSha256() throws Exception {
        // given
        long company = companyWithInvoices("AAACH0001A", "27AAACH0001A1Z5", 12);

        // when
        MvcResult launched = mvc.perform(post("/api/jobs/sales-register/runs").with(FINANCE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":" + company + ",\"params\":{\"period\":\"112026\"}}"))
                .andExpect(status().isAccepted()).andReturn();
        long runId = json.readTree(launched.getResponse().getContentAsString()).get("runId").asLong();
        JsonNode run = awaitFinished(runId);

        // then
        assertThat(run.get("summary").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("summary").get("launchedBy").asString()).isEqualTo("fatima");
        assertThat(run.get("steps").get(0).get("readCount").asLong()).isEqualTo(12);
        assertThat(run.get("steps").get(0).get("writeCount").asLong()).isEqualTo(12);
        assertThat(run.get("progressPercent").asInt()).isEqualTo(100);
        long artifactId = run.get("artifactIds").get(0).asLong();

        mvc.perform(get("/api/artifacts").param("companyId", Long.toString(company))
                        .param("kind", "SALES_REGISTER_XLSX").param("period", "112026").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(artifactId))
                .andExpect(jsonPath("$[0].fileName").value("sales-register-ALL-112026.xlsx"));
        MvcResult download = mvc.perform(get("/api/artifacts/{id}/content", artifactId).with(COMPLIANCE))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"sales-register-ALL-112026.xlsx\""))
                .andReturn();
        byte[] bytes = download.getResponse().getContentAsByteArray();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(download.getResponse().getHeader("X-Content-SHA256")).isEqualTo(sha256);
        String recorded = jdbc.queryForObject("select sha256 from artifact where id = ?", String.class, artifactId);
        assertThat(sha256).isEqualTo(recorded);
        // the download is in the hash-chained audit log
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ARTIFACT_DOWNLOAD'"
                + " and actor = 'chandra' and target = ? and company_id = ?", Long.class,
                "artifact:" + artifactId, company)).isEqualTo(1L);

        mvc.perform(post("/api/runs/{id}/restart", runId).with(FINANCE).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("COMPLETED")));
    }

    @Test
    void aViewerCanListButNeitherLaunchNorDownload() throws Exception {
        long company = companyWithInvoices("AAACH0002A", "27AAACH0002A1Z5", 1);

        mvc.perform(post("/api/jobs/sales-register/runs").with(VIEWER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":" + company + ",\"params\":{\"period\":\"112026\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/jobs").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'sales-register')].parameters[1].name").value("period"));
        long artifactId = jdbc.queryForObject("select coalesce(max(id), 0) from artifact", Long.class);
        if (artifactId > 0) {
            mvc.perform(get("/api/artifacts/{id}/content", artifactId).with(VIEWER)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/artifacts/{id}/content", 987654321L).with(VIEWER)).andExpect(status().isForbidden());
    }

    @Test
    void badParametersAreListedAsProblemDetails() throws Exception {
        long company = companyWithInvoices("AAACH0003A", "27AAACH0003A1Z5", 1);

        mvc.perform(post("/api/jobs/sales-register/runs").with(FINANCE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":" + company + ",\"params\":{\"period\":\"2026-11\",\"gstin\":\"X\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("gstin"))
                .andExpect(jsonPath("$.errors[1].field").value("period"))
                .andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.containsString("MMYYYY")));
        mvc.perform(post("/api/jobs/sales-register/runs").with(FINANCE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"params\":{\"period\":\"112026\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("companyId"));
        mvc.perform(post("/api/jobs/no-such-job/runs").with(FINANCE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"companyId\":" + company + "}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No job named 'no-such-job'"));
        mvc.perform(get("/api/runs/{id}", 987654321L).with(VIEWER)).andExpect(status().isNotFound());
    }

    @Test
    void aRunMadeToFailIsRestartedFromTheRunScreenAndCompletesWithoutDuplicates() throws Exception {
        // given: 25 invoices; the launch form asks the run to fail before staging more than 15
        long company = companyWithInvoices("AAACH0004A", "27AAACH0004A1Z5", 25);
        mvc.perform(get("/jobs/sales-register/launch").with(FINANCE))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("id=\"launch\""),
                        org.hamcrest.Matchers.containsString("id=\"param-period\""),
                        org.hamcrest.Matchers.containsString("id=\"companyId\""))));

        // when
        MvcResult launched = mvc.perform(post("/jobs/sales-register/launch").with(FINANCE).with(csrf())
                        .param("companyId", Long.toString(company)).param("param.period", "112026")
                        .param("param.failAfterItems", "15"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long failedRun = Long.parseLong(launched.getResponse().getRedirectedUrl().replaceAll(".*/runs/", ""));
        assertThat(awaitFinished(failedRun).get("summary").get("status").asString()).isEqualTo("FAILED");
        mvc.perform(get("/runs/{id}", failedRun).with(FINANCE))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("id=\"run-status\""),
                        org.hamcrest.Matchers.containsString("id=\"restart\""),
                        org.hamcrest.Matchers.containsString("Injected fault"))));
        MvcResult restarted = mvc.perform(post("/runs/{id}/restart", failedRun).with(FINANCE).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long secondRun = Long.parseLong(restarted.getResponse().getRedirectedUrl().replaceAll(".*/runs/", ""));

        // then
        JsonNode run = awaitFinished(secondRun);
        assertThat(run.get("summary").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("steps").get(0).get("writeCount").asLong()).isEqualTo(15);
        assertThat(run.get("steps").get(1).get("writeCount").asLong()).as("register lines").isEqualTo(25);
        long artifactId = run.get("artifactIds").get(0).asLong();
        mvc.perform(get("/runs/{id}", secondRun).with(FINANCE))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"download-" + artifactId + "\"")));
        mvc.perform(get("/runs").with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"run-" + secondRun + "\"")));
        mvc.perform(get("/artifacts").param("companyId", Long.toString(company)).with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"download-" + artifactId + "\"")));
        mvc.perform(post("/runs/{id}/restart", secondRun).with(VIEWER).with(csrf())).andExpect(status().isForbidden());
    }

    private JsonNode awaitFinished(long runId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            String body = mvc.perform(get("/api/runs/{id}", runId).with(VIEWER)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            JsonNode run = json.readTree(body);
            String status = run.get("summary").get("status").asString();
            // finished: a terminal status and the execution has ended (only then may it be restarted)
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")
                    && run.get("summary").hasNonNull("endedAt")) {
                return run;
            }
            assertThat(Instant.now()).as("run %d still %s", runId, status).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** A company with one registration and {@code invoices} IGST invoices of 100.00 + 18.00 in 11/2026. */
    private long companyWithInvoices(String pan, String gstin, int invoices) {
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, true,"
                + " false, ?)", "Hub test " + pan, pan, Timestamp.from(Instant.now()));
        long company = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        jdbc.update("insert into gst_registration (company_id, gstin, state_code, active) values (?, ?, ?, true)",
                company, gstin, gstin.substring(0, 2));
        long registration = jdbc.queryForObject("select id from gst_registration where gstin = ?", Long.class, gstin);
        for (int i = 1; i <= invoices; i++) {
            jdbc.update("insert into sales_document (company_id, registration_id, supplier_gstin, doc_type, doc_number,"
                            + " doc_date, financial_year, return_period, supply_type, reverse_charge, place_of_supply,"
                            + " buyer_gstin, buyer_legal_name, buyer_state_code, taxable_value, igst, cgst, sgst, cess,"
                            + " other_charges, round_off, total, content_sha256, source_channel, received_at,"
                            + " einvoice_status) values (?,?,?,'INV',?,?,'2026-27','112026','B2B',false,'33',"
                            + " '33AACCT5566P1ZS','Tamil Traders','33',?,?,0,0,0,0,0,?,?,'TEST',?,'NOT_APPLICABLE')",
                    company, registration, gstin, "H" + pan.substring(5, 9) + "-" + i,
                    Date.valueOf(LocalDate.of(2026, 11, 1 + i % 28)), new BigDecimal("100.00"),
                    new BigDecimal("18.00"), new BigDecimal("118.00"), String.format("%064d", i),
                    Timestamp.from(Instant.now()));
        }
        return company;
    }
}
