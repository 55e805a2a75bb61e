package dev.lekha.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.domain.audit.AuditChainCheck;
import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class AuditChainIT {

    @Autowired AuditTrail audit;
    @Autowired DataSource dataSource;
    @Autowired MockMvc mvc;

    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(dataSource);
    }

    private long record(String detail) {
        return audit.record(new AuditRecord("tester", "TEST_ACTION", "chain", 1L, detail, "10.0.0.1"));
    }

    @Test
    void anUntouchedChainIsIntact() {
        long first = record("one");
        long second = record("two");

        AuditChainCheck check = audit.verify();

        assertThat(second).isEqualTo(first + 1);
        assertThat(check.intact()).isTrue();
        assertThat(check.firstBrokenId()).isNull();
        assertThat(check.entriesChecked()).isEqualTo(second);
        assertThat(jdbc.queryForObject("select prev_hash from audit_event where id = ?", String.class, second))
                .isEqualTo(jdbc.queryForObject("select hash from audit_event where id = ?", String.class, first));
    }

    @Test
    void aRowEditedInTheDatabaseIsReportedByItsId() {
        long edited = record("amount 1000");
        record("after");
        try {
            jdbc.update("update audit_event set detail = 'amount 10' where id = ?", edited);

            AuditChainCheck check = audit.verify();

            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenId()).isEqualTo(edited);
            assertThat(check.entriesChecked()).isEqualTo(edited - 1);
            assertThat(check.reason()).isEqualTo("entry " + edited + " was altered: its content no longer matches its hash");
        } finally {
            jdbc.update("update audit_event set detail = 'amount 1000' where id = ?", edited);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowIsReportedAtTheEntryAfterIt() {
        record("before");
        long deleted = record("to be deleted");
        long after = record("after");
        Map<String, Object> row = jdbc.queryForMap("select * from audit_event where id = ?", deleted);
        try {
            jdbc.update("delete from audit_event where id = ?", deleted);

            AuditChainCheck check = audit.verify();

            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenId()).isEqualTo(after);
            assertThat(check.reason()).isEqualTo("entries " + deleted + " to " + deleted
                    + " are missing (deleted) before entry " + after);
        } finally {
            reinsert(row);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRowReplacedWithAnotherChainIsReportedByPrevHash() {
        long replaced = record("original");
        record("after");
        String prev = jdbc.queryForObject("select prev_hash from audit_event where id = ?", String.class, replaced);
        try {
            jdbc.update("update audit_event set prev_hash = ? where id = ?", "f".repeat(64), replaced);

            AuditChainCheck check = audit.verify();

            assertThat(check.firstBrokenId()).isEqualTo(replaced);
            assertThat(check.reason()).contains("does not chain on the hash of entry " + (replaced - 1));
        } finally {
            jdbc.update("update audit_event set prev_hash = ? where id = ?", prev, replaced);
        }
    }

    @Test
    void deletingTheLastRowIsCaughtByTheHead() {
        long last = record("the last one");
        Map<String, Object> row = jdbc.queryForMap("select * from audit_event where id = ?", last);
        try {
            jdbc.update("delete from audit_event where id = ?", last);

            AuditChainCheck check = audit.verify();

            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenId()).isEqualTo(last);
            assertThat(check.reason()).isEqualTo("entries " + last + " to " + last
                    + " are missing: the chain head says the last entry is " + last);
        } finally {
            reinsert(row);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsFormOneContiguousChain() throws Exception {
        long before = jdbc.queryForObject("select last_id from audit_chain_head", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> work = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                int n = i;
                work.add(() -> record("concurrent " + n));
            }
            for (Future<Long> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        long after = jdbc.queryForObject("select last_id from audit_chain_head", Long.class);
        assertThat(after - before).isEqualTo(160);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(after);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theScreenAndTheApiShowTheCheck() throws Exception {
        long edited = record("screen check");
        MvcResult intact = mvc.perform(post("/audit/verify").with(user("auditor").roles("COMPLIANCE")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = mvc.perform(get("/audit").with(user("auditor").roles("COMPLIANCE"))
                        .flashAttrs(flash(intact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"verify-chain\"").containsPattern("id=\"chain-result\"[^>]*>Intact: \\d+ entries checked<");

        try {
            jdbc.update("update audit_event set actor = 'someone-else' where id = ?", edited);
            MvcResult broken = mvc.perform(post("/audit/verify").with(user("auditor").roles("COMPLIANCE")).with(csrf()))
                    .andReturn();
            String brokenPage = mvc.perform(get("/audit").with(user("auditor").roles("COMPLIANCE"))
                    .flashAttrs(flash(broken))).andReturn().getResponse().getContentAsString();
            assertThat(brokenPage).contains("Broken at entry " + edited + ": entry " + edited + " was altered");
            mvc.perform(get("/api/audit/verify").with(user("auditor").roles("COMPLIANCE")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenId").value(edited));
        } finally {
            jdbc.update("update audit_event set actor = 'tester' where id = ?", edited);
        }
        mvc.perform(get("/audit").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        assertThat(audit.verify().intact()).isTrue();
    }

    private static FlashMap flash(MvcResult result) {
        return result.getFlashMap();
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("insert into audit_event (id, occurred_at, actor, action, target, company_id, detail,"
                        + " remote_address, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("target"),
                row.get("company_id"), row.get("detail"), row.get("remote_address"), row.get("prev_hash"),
                row.get("hash"));
    }
}
