package dev.lekha.hub.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import dev.lekha.domain.security.Role;
import dev.lekha.hub.security.SecurityTestData;
import dev.lekha.hub.security.UserAccounts;
import dev.lekha.testsupport.LekhaIntegrationTest;
import dev.lekha.testsupport.PayrollFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payroll runs API and screens over a real {@code payroll} job launched through the jobs API, for December 2026
 * (Maharashtra, new regime, the dated rules of V19/V20; figures as worked in batch-jobs' PayrollJobIT):
 *
 * <pre>
 * E1 all month on BASIC 30,000 + HRA 12,000 + SPECIAL 18,000 = 60,000; PF wages capped at 25,000 → EPF 3,000;
 *    MH PT 200; MH LWF 25 (December); projected year far under the 87A rebate → TDS 0; net 60,000 − 3,225 = 56,775
 * E2 joins 15 Dec on the same: 17 of 31 days → 16,452 + 6,581 + 9,871 = 32,904; EPF 12% of 16,452 = 1,974;
 *    net 32,904 − 1,974 − 225 = 30,705
 * run 1 totals: gross 92,904, net 87,480, TDS 0
 *
 * after locking run 1, E1 gets a new structure from 1 Dec: 36,000 + 14,400 + 21,600 = 72,000 (BASIC still half the
 * pay, so PF wages stay capped at 25,000 → EPF 3,000); PT 200, LWF 25; Dec–Mar projected 2,88,000 → TDS 0;
 * net 72,000 − 3,225 = 68,775
 * run 2 (correction) totals: gross 72,000 + 32,904 = 1,04,904, net 68,775 + 30,705 = 99,480
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class PayrollIT {

    private static final String MONTH = "2026-12";

    @LocalServerPort int port;
    private final UserAccounts accounts;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final MockMvc mvc;

    PayrollIT(UserAccounts accounts, DataSource dataSource, JsonMapper json, MockMvc mvc) {
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.json = json;
        this.mvc = mvc;
    }

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void runsAMonthLocksItCorrectsItAndShowsEveryStep() throws Exception {
        // given: a fresh company with two employees, a finance user and a viewer of it
        SecurityTestData data = new SecurityTestData(accounts, dataSource);
        JdbcTemplate jdbc = data.jdbc();
        PayrollFixture payroll = new PayrollFixture(jdbc);
        long company = payroll.company(String.format("AAKCW%04dP", ThreadLocalRandom.current().nextInt(10_000)));
        long e1 = payroll.employee(company, "E1", LocalDate.of(2020, 1, 1), null);
        long e2 = payroll.employee(company, "E2", LocalDate.of(2026, 12, 15), null);
        payroll.structure(company, e1, LocalDate.of(2020, 1, 1), "30000", "12000", "18000");
        payroll.structure(company, e2, LocalDate.of(2026, 12, 15), "30000", "12000", "18000");
        String finance = data.user("payfin", Role.FINANCE, company);
        String viewer = data.user("payview", Role.VIEWER, company);

        // when: finance runs the month through the jobs API
        JsonNode job1 = runPayroll(company, finance);

        // then: one DRAFT run with the month's totals
        assertThat(job1.get("summary").get("status").asString()).as("%s", job1.get("errors")).isEqualTo("COMPLETED");
        JsonNode runs = ok(get("/api/payroll/runs?companyId=" + company + "&month=" + MONTH, viewer));
        assertThat(runs.size()).isEqualTo(1);
        JsonNode run1 = runs.get(0);
        long run1Id = run1.get("id").asLong();
        assertThat(run1.get("status").asString()).isEqualTo("DRAFT");
        assertThat(run1.get("runNo").asInt()).isEqualTo(1);
        assertThat(run1.get("payMonth").asString()).isEqualTo(MONTH);
        assertThat(run1.get("employeeCount").asInt()).isEqualTo(2);
        assertThat(run1.get("errorCount").asInt()).isEqualTo(0);
        assertThat(run1.get("totalGross").decimalValue()).isEqualByComparingTo("92904.00");
        assertThat(run1.get("totalNet").decimalValue()).isEqualByComparingTo("87480.00");
        assertThat(run1.get("totalTds").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(run1.get("jobExecutionId").asLong()).isEqualTo(job1.get("summary").get("runId").asLong());

        // the run with its lines, no errors, and the bank salary file its job made
        JsonNode detail1 = ok(get("/api/payroll/runs/" + run1Id + "?companyId=" + company, viewer));
        assertThat(detail1.get("errors").size()).isZero();
        JsonNode lines = detail1.get("lines");
        assertThat(lines.size()).isEqualTo(2);
        assertLine(lines.get(0), "E1", "Employee E1", "31.0", "0.0", "60000.00", "3000.00", "200.00", "25.00",
                "0.00", "56775.00");
        assertLine(lines.get(1), "E2", "Employee E2", "17.0", "0.0", "32904.00", "1974.00", "200.00", "25.00",
                "0.00", "30705.00");
        assertThat(kinds(detail1.get("artifacts"))).contains("BANK_SALARY_FILE");
        assertThat(detail1.get("lineCount").asLong()).isEqualTo(2);
        assertThat(detail1.get("offset").asInt()).isZero();
        assertThat(detail1.get("limit").asInt()).isEqualTo(100);

        // the lines a page at a time by employee code, searched by code prefix or part of the name (case ignored)
        String detailPath = "/api/payroll/runs/" + run1Id + "?companyId=" + company;
        JsonNode first = ok(get(detailPath + "&limit=1", viewer));
        assertThat(codes(first.get("lines"))).containsExactly("E1");
        assertThat(first.get("lineCount").asLong()).isEqualTo(2);
        assertThat(first.get("limit").asInt()).isEqualTo(1);
        assertThat(first.get("errors").size()).isZero();
        assertThat(kinds(first.get("artifacts"))).contains("BANK_SALARY_FILE");
        JsonNode second = ok(get(detailPath + "&offset=1&limit=1", viewer));
        assertThat(codes(second.get("lines"))).containsExactly("E2");
        assertThat(second.get("lineCount").asLong()).isEqualTo(2);
        assertThat(second.get("offset").asInt()).isEqualTo(1);
        assertLine(second.get("lines").get(0), "E2", "Employee E2", "17.0", "0.0", "32904.00", "1974.00", "200.00",
                "25.00", "0.00", "30705.00");
        JsonNode pastTheEnd = ok(get(detailPath + "&offset=5&limit=1", viewer));
        assertThat(pastTheEnd.get("lines").size()).isZero();
        assertThat(pastTheEnd.get("lineCount").asLong()).isEqualTo(2);
        JsonNode onlyE2 = ok(get(detailPath + "&q=e2", viewer));
        assertThat(codes(onlyE2.get("lines"))).containsExactly("E2");
        assertThat(onlyE2.get("lineCount").asLong()).isEqualTo(1);
        // "EMPLOYEE" is in both names, in another case
        JsonNode byName = ok(get(detailPath + "&q=EMPLOYEE&limit=1", viewer));
        assertThat(codes(byName.get("lines"))).containsExactly("E1");
        assertThat(byName.get("lineCount").asLong()).isEqualTo(2);
        // % and _ are searched for as themselves: unescaped, "_1" would match "employee e1"
        JsonNode underscore = ok(get(detailPath + "&q=_1", viewer));
        assertThat(underscore.get("lines").size()).isZero();
        assertThat(underscore.get("lineCount").asLong()).isZero();
        assertThat(ok(get(detailPath + "&q=%25", viewer)).get("lineCount").asLong()).isZero();
        // a page above 500 lines, an empty page or a negative offset is refused, saying what is allowed
        HttpResponse<String> tooLarge = get(detailPath + "&limit=501", viewer);
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(400);
        assertThat(json.readTree(tooLarge.body()).get("detail").asString())
                .isEqualTo("limit must be between 1 and 500, was 501");
        HttpResponse<String> empty = get(detailPath + "&limit=0", viewer);
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(json.readTree(empty.body()).get("detail").asString())
                .isEqualTo("limit must be between 1 and 500, was 0");
        HttpResponse<String> negative = get(detailPath + "&offset=-1", viewer);
        assertThat(negative.statusCode()).as(negative.body()).isEqualTo(400);
        assertThat(json.readTree(negative.body()).get("detail").asString())
                .isEqualTo("offset must be 0 or more, was -1");
        assertThat(ok(get(detailPath + "&limit=500", viewer)).get("lines").size()).isEqualTo(2);

        // the jobs API lists the same bank file among the run's artifacts, and it pays E1's net to E1's account
        JsonNode bankFiles = ok(get("/api/artifacts?companyId=" + company + "&kind=BANK_SALARY_FILE&period=" + MONTH,
                viewer));
        assertThat(bankFiles.size()).isEqualTo(1);
        JsonNode bank = bankFiles.get(0);
        assertThat(bank.get("jobExecutionId").asLong()).isEqualTo(job1.get("summary").get("runId").asLong());
        assertThat(bank.get("fileName").asString()).startsWith("salary-2026-12-run" + run1Id + "-");
        assertThat(ids(job1.get("artifactIds"))).contains(bank.get("id").asLong());
        HttpResponse<String> content = get("/api/artifacts/" + bank.get("id").asLong() + "/content", finance);
        assertThat(content.statusCode()).as(content.body()).isEqualTo(200);
        // HDFC ENet: N (NEFT), blank, beneficiary account, amount, beneficiary name, ...
        assertThat(content.body().split("\r\n")).hasSize(2);
        assertThat(content.body()).startsWith("N,,50100012341,56775.00,Employee E1,");

        // when: a viewer tries to lock, then finance locks
        HttpResponse<String> refused = post("/api/payroll/runs/" + run1Id + "/lock?companyId=" + company, viewer);
        HttpResponse<String> locked = post("/api/payroll/runs/" + run1Id + "/lock?companyId=" + company, finance);

        // then: only finance may; the run is LOCKED by them, and locking it again says why not
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(200);
        JsonNode lockedRun = json.readTree(locked.body());
        assertThat(lockedRun.get("status").asString()).isEqualTo("LOCKED");
        assertThat(lockedRun.get("lockedBy").asString()).isEqualTo(finance);
        HttpResponse<String> again = post("/api/payroll/runs/" + run1Id + "/lock?companyId=" + company, finance);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("detail").asString()).isEqualTo("Payroll run " + run1Id
                + " (2026-12 no. 1) is LOCKED; only a DRAFT run can be locked");

        // when: E1's pay is revised from 1 December and the month is run again
        payroll.structure(company, e1, LocalDate.of(2026, 12, 1), "36000", "14400", "21600");
        JsonNode job2 = runPayroll(company, finance);

        // then: a correction of run 1 stating exactly E1's differences
        assertThat(job2.get("summary").get("status").asString()).as("%s", job2.get("errors")).isEqualTo("COMPLETED");
        runs = ok(get("/api/payroll/runs?companyId=" + company, viewer));
        assertThat(runs.size()).isEqualTo(2);
        JsonNode run2 = runs.get(0);
        long run2Id = run2.get("id").asLong();
        assertThat(run2.get("runNo").asInt()).isEqualTo(2);
        assertThat(run2.get("status").asString()).isEqualTo("DRAFT");
        assertThat(run2.get("correctsRunId").asLong()).isEqualTo(run1Id);
        assertThat(run2.get("employeeCount").asInt()).isEqualTo(2);
        assertThat(run2.get("totalGross").decimalValue()).isEqualByComparingTo("104904.00");
        assertThat(run2.get("totalNet").decimalValue()).isEqualByComparingTo("99480.00");
        assertThat(runs.get(1).get("id").asLong()).isEqualTo(run1Id);
        assertThat(runs.get(1).get("status").asString()).isEqualTo("LOCKED");
        JsonNode differences = ok(get("/api/payroll/runs/" + run2Id + "/differences?companyId=" + company, viewer));
        List<String> stated = new ArrayList<>();
        // amounts to 2 places: the JSON reader keeps the number, not the scale it was written with
        differences.forEach(d -> stated.add(d.get("employeeCode").asString() + " " + d.get("field").asString() + " "
                + d.get("before").decimalValue().setScale(2) + " -> " + d.get("after").decimalValue().setScale(2)));
        assertThat(stated).containsExactly(
                "E1 gross_earnings 60000.00 -> 72000.00",
                "E1 taxable_earnings 60000.00 -> 72000.00",
                "E1 net_pay 56775.00 -> 68775.00",
                "E1 component:BASIC 30000.00 -> 36000.00",
                "E1 component:HRA 12000.00 -> 14400.00",
                "E1 component:SPECIAL 18000.00 -> 21600.00");
        assertThat(ok(get("/api/payroll/runs/" + run1Id + "/differences?companyId=" + company, viewer)).size())
                .isZero();

        // the list screen shows both runs with status and totals
        String list = screen(MockMvcRequestBuilders.get("/payroll").param("companyId", String.valueOf(company)),
                viewer, "VIEWER");
        assertThat(list).containsPattern(row(run2Id, 2, "DRAFT", "104904.00", "99480.00", ""))
                .containsPattern(row(run1Id, 1, "LOCKED", "92904.00", "87480.00", finance));

        // the run screen shows the correction's lines and differences; the Lock button only to finance
        String page = screen(MockMvcRequestBuilders.get("/payroll/" + run2Id).param("companyId",
                String.valueOf(company)), viewer, "VIEWER");
        assertThat(page).contains("Payroll 2026-12, run 2", "<td class=\"status-DRAFT\">DRAFT</td>")
                .containsPattern("<tr id=\"line-E1\">\\s*<td>E1</td>\\s*<td>Employee E1</td>\\s*<td>31.0</td>\\s*"
                        + "<td>0.0</td>\\s*<td class=\"amount\">72000.00</td>[\\s\\S]*?"
                        + "<td class=\"amount\">68775.00</td>\\s*</tr>")
                .containsPattern("<tr id=\"line-E2\">\\s*<td>E2</td>[\\s\\S]*?<td class=\"amount\">30705.00</td>\\s*</tr>")
                .containsPattern("<td>E1</td><td>net_pay</td><td class=\"amount\">56775.00</td>"
                        + "<td class=\"amount\">68775.00</td>")
                // the correction's bank file pays only E1's rise in net pay (68,775 − 56,775)
                .contains("BANK_SALARY_FILE: salary-difference-2026-12-run" + run2Id + "-")
                .doesNotContain("id=\"lock\"");
        assertThat(screen(MockMvcRequestBuilders.get("/payroll/" + run2Id).param("companyId", String.valueOf(company)),
                finance, "FINANCE")).contains("id=\"lock\"");
        assertThat(page).contains("Showing 1–2 of 2").doesNotContain("id=\"run-lines-next\"")
                .doesNotContain("id=\"run-lines-previous\"");

        // the correction's bank file: one payment, E1's 12,000 rise (run 1's file paid the 56,775 and E2's 30,705)
        JsonNode difference = null;
        for (JsonNode f : ok(get("/api/artifacts?companyId=" + company + "&kind=BANK_SALARY_FILE&period=" + MONTH,
                viewer))) {
            if (f.get("fileName").asString().startsWith("salary-difference-")) {
                difference = f;
            }
        }
        assertThat(difference).as("the correction's bank file").isNotNull();
        String paid = get("/api/artifacts/" + difference.get("id").asLong() + "/content", finance).body();
        assertThat(paid.split("\r\n")).hasSize(1);
        assertThat(paid).startsWith("N,,50100012341,12000.00,Employee E1,");

        // the run screen a line at a time: where the page is, a link on that keeps the search, files still shown
        String runPath = "/payroll/" + run2Id + "?companyId=" + company;
        String firstPage = screen(MockMvcRequestBuilders.get("/payroll/" + run2Id)
                .param("companyId", String.valueOf(company)).param("q", "employee").param("size", "1"),
                viewer, "VIEWER");
        assertThat(firstPage).contains("Showing 1–1 of 2 matching “employee”", "id=\"line-E1\"",
                        "href=\"" + runPath.replace("&", "&amp;") + "&amp;q=employee&amp;offset=1&amp;size=1\"",
                        "BANK_SALARY_FILE: salary-difference-2026-12-run" + run2Id + "-",
                        "<input type=\"search\" name=\"q\" value=\"employee\">")
                .doesNotContain("id=\"line-E2\"").doesNotContain("id=\"run-lines-previous\"");
        String secondPage = screen(MockMvcRequestBuilders.get("/payroll/" + run2Id)
                .param("companyId", String.valueOf(company)).param("q", "employee").param("offset", "1")
                .param("size", "1"), viewer, "VIEWER");
        assertThat(secondPage).contains("Showing 2–2 of 2 matching “employee”", "id=\"line-E2\"",
                        "href=\"" + runPath.replace("&", "&amp;") + "&amp;q=employee&amp;offset=0&amp;size=1\"",
                        "<td>E1</td><td>net_pay</td>")
                .doesNotContain("id=\"line-E1\"").doesNotContain("id=\"run-lines-next\"");
        String searched = screen(MockMvcRequestBuilders.get("/payroll/" + run2Id)
                .param("companyId", String.valueOf(company)).param("q", "e2"), viewer, "VIEWER");
        assertThat(searched).contains("Showing 1–1 of 1 matching “e2”", "id=\"line-E2\"")
                .doesNotContain("id=\"line-E1\"");
        assertThat(screen(MockMvcRequestBuilders.get("/payroll/" + run2Id).param("companyId", String.valueOf(company))
                .param("q", "zz"), viewer, "VIEWER")).contains("No employee code or name matches “zz”.")
                .doesNotContain("id=\"run-lines-showing\"");
        MvcResult tooLargePage = mvc.perform(MockMvcRequestBuilders.get("/payroll/" + run2Id)
                .param("companyId", String.valueOf(company)).param("size", "501").with(user(viewer).roles("VIEWER")))
                .andReturn();
        assertThat(tooLargePage.getResponse().getStatus()).isEqualTo(400);
        assertThat(tooLargePage.getResponse().getContentAsString())
                .contains("size must be between 1 and 500, was 501");

        // when: finance locks the correction on the screen, then tries to lock it again
        MvcResult lockedOnScreen = mvc.perform(MockMvcRequestBuilders.post("/payroll/" + run2Id + "/lock")
                .param("companyId", String.valueOf(company)).with(user(finance).roles("FINANCE")).with(csrf()))
                .andReturn();
        MvcResult lockedTwice = mvc.perform(MockMvcRequestBuilders.post("/payroll/" + run2Id + "/lock")
                .param("companyId", String.valueOf(company)).with(user(finance).roles("FINANCE")).with(csrf()))
                .andReturn();

        // then: the correction is LOCKED, run 1 SUPERSEDED, and the second attempt is told why
        assertThat(lockedOnScreen.getResponse().getRedirectedUrl()).isEqualTo("/payroll/" + run2Id + "?companyId="
                + company);
        assertThat(lockedOnScreen.getFlashMap().get("message")).isEqualTo("Locked.");
        assertThat(lockedTwice.getFlashMap().get("error")).isEqualTo("Payroll run " + run2Id
                + " (2026-12 no. 2) is LOCKED; only a DRAFT run can be locked");
        runs = ok(get("/api/payroll/runs?companyId=" + company + "&month=" + MONTH, viewer));
        assertThat(runs.get(0).get("status").asString()).isEqualTo("LOCKED");
        assertThat(runs.get(1).get("status").asString()).isEqualTo("SUPERSEDED");
        HttpResponse<String> superseded = post("/api/payroll/runs/" + run1Id + "/lock?companyId=" + company, finance);
        assertThat(superseded.statusCode()).isEqualTo(409);
        assertThat(json.readTree(superseded.body()).get("detail").asString()).isEqualTo("Payroll run " + run1Id
                + " (2026-12 no. 1) is SUPERSEDED; only a DRAFT run can be locked");
        // another company's run is not found through this company, and a company outside the viewer's is refused
        assertThat(get("/api/payroll/runs/" + run1Id + "?companyId=" + (company + 100_000), "admin").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/payroll/runs?companyId=" + (company + 100_000), viewer).statusCode()).isEqualTo(403);
        // a run that does not exist is a 404 page saying which, on the screen as in the API
        long missing = run2Id + 1_000_000;
        MvcResult notFound = mvc.perform(MockMvcRequestBuilders.get("/payroll/" + missing)
                .param("companyId", String.valueOf(company)).with(user(viewer).roles("VIEWER"))).andReturn();
        assertThat(notFound.getResponse().getStatus()).isEqualTo(404);
        assertThat(notFound.getResponse().getContentAsString()).contains("No payroll run " + missing);
    }

    private static void assertLine(JsonNode line, String code, String name, String paidDays, String lopDays,
                                   String gross, String epf, String pt, String lwf, String tds, String net) {
        assertThat(line.get("employeeCode").asString()).isEqualTo(code);
        assertThat(line.get("employeeName").asString()).isEqualTo(name);
        assertThat(line.get("paidDays").decimalValue()).as("%s paid days", code).isEqualByComparingTo(paidDays);
        assertThat(line.get("lopDays").decimalValue()).as("%s LOP days", code).isEqualByComparingTo(lopDays);
        assertThat(line.get("grossEarnings").decimalValue()).as("%s gross", code).isEqualByComparingTo(gross);
        assertThat(line.get("epfEmployee").decimalValue()).as("%s EPF", code).isEqualByComparingTo(epf);
        assertThat(line.get("esiEmployee").decimalValue()).as("%s ESI", code).isEqualByComparingTo("0.00");
        assertThat(line.get("professionalTax").decimalValue()).as("%s PT", code).isEqualByComparingTo(pt);
        assertThat(line.get("lwfEmployee").decimalValue()).as("%s LWF", code).isEqualByComparingTo(lwf);
        assertThat(line.get("tds").decimalValue()).as("%s TDS", code).isEqualByComparingTo(tds);
        assertThat(line.get("otherDeductions").decimalValue()).as("%s other", code).isEqualByComparingTo("0.00");
        assertThat(line.get("netPay").decimalValue()).as("%s net", code).isEqualByComparingTo(net);
    }

    /** A row of the list screen: run link, status, employees 2, errors 0, gross, TDS 0.00, net, locked by. */
    private static String row(long id, int runNo, String status, String gross, String net, String lockedBy) {
        return "<a href=\"/payroll/" + id + "\\?companyId=\\d+\" id=\"run-" + id + "\">" + runNo + "</a></td>\\s*"
                + "<td class=\"status-" + status + "\">" + status + "</td>\\s*<td>\\d*</td>\\s*<td>2</td>\\s*"
                + "<td>0</td>\\s*<td class=\"amount\">" + gross + "</td>\\s*<td class=\"amount\">0.00</td>\\s*"
                + "<td class=\"amount\">" + net + "</td>\\s*<td>" + lockedBy + "</td>";
    }

    private static List<String> codes(JsonNode lines) {
        List<String> codes = new ArrayList<>();
        lines.forEach(l -> codes.add(l.get("employeeCode").asString()));
        return codes;
    }

    private static List<String> kinds(JsonNode artifacts) {
        List<String> kinds = new ArrayList<>();
        artifacts.forEach(a -> kinds.add(a.get("kind").asString()));
        return kinds;
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    private String screen(MockHttpServletRequestBuilder request, String username, String role) throws Exception {
        return mvc.perform(request.with(user(username).roles(role))).andReturn().getResponse().getContentAsString();
    }

    private JsonNode runPayroll(long company, String launcher) throws Exception {
        String body = "{\"companyId\":" + company + ",\"params\":{\"month\":\"" + MONTH + "\"}}";
        HttpResponse<String> launched = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/jobs/payroll/runs")).header("Authorization", basic(launcher))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(202);
        long runId = json.readTree(launched.body()).get("runId").asLong();
        Awaitility.await().atMost(Duration.ofSeconds(180)).until(() ->
                json.readTree(get("/api/runs/" + runId, "admin").body()).get("summary").hasNonNull("endedAt"));
        return json.readTree(get("/api/runs/" + runId, "admin").body());
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        String password = user.equals("admin") ? "test-admin-password" : SecurityTestData.PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
