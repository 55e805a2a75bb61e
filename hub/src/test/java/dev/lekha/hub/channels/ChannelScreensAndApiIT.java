package dev.lekha.hub.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.domain.inbound.InboundFile;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.domain.invoice.InvalidSalesDocumentException;
import dev.lekha.domain.invoice.SalesDocumentIntake;
import dev.lekha.domain.invoice.SalesDocumentIntake.IntakeResult;
import dev.lekha.routes.queues.DeadLetter;
import dev.lekha.routes.queues.DeadLetters;
import dev.lekha.routes.queues.LekhaQueues;
import dev.lekha.testsupport.LekhaIntegrationTest;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
@WithMockUser(roles = "ADMIN")
class ChannelScreensAndApiIT {

    static final String INVOICE = """
            {"documentType":"INV","documentNumber":"LDT/26-27/0007","documentDate":"2026-04-10",
             "supplierGstin":"27AAACL1234C1Z5","supplyType":"B2B","reverseCharge":false,"placeOfSupply":"29",
             "buyer":{"gstin":"29AAFCK4321M1ZA","legalName":"K Traders","stateCode":"29"},
             "lines":[{"lineNo":1,"description":"Steel bracket","hsn":"73269099","service":false,"quantity":10,
                       "uqc":"NOS","unitPrice":100.00,"discount":0,"taxableValue":1000.00,"gstRate":18,
                       "igst":180.00,"cgst":0,"sgst":0,"cess":0}]}""";

    @Autowired MockMvc mvc;
    @Autowired InboundFiles inboundFiles;
    @Autowired JmsTemplate jms;
    @Autowired DeadLetters deadLetters;
    @MockitoBean SalesDocumentIntake intake;

    @Test
    void healthHasTheDropFoldersComponent() throws Exception {
        // Camel reports its drop consumers DOWN until their first poll, a moment after a context starts
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(
                () -> mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus() == 200);
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.drops.status").value("UP"));
    }

    @Test
    void dropsScreenShowsRejectedFilesWithTheirErrorReport() throws Exception {
        String name = "bad-" + UUID.randomUUID() + ".csv";
        InboundFile file = new InboundFile("sales-invoices", name, UUID.randomUUID().toString().replace("-", ""), 120,
                Instant.now());
        file.rejected("rejected/sales-invoices/" + name, "  - row 3: buyerGstin: check character is wrong",
                Instant.now());
        inboundFiles.save(file);

        mvc.perform(get("/drops"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(name)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "row 3: buyerGstin: check character is wrong")));
    }

    @Test
    void deadLettersScreenListsAndReplaysAMessageOntoItsQueue() throws Exception {
        // given a dead letter on DLQ.lekha.notifications.out (no consumer there, so we can read it back)
        String messageId = "n-" + UUID.randomUUID();
        jms.send(LekhaQueues.deadLetterQueue(LekhaQueues.NOTIFICATIONS_OUT), s -> {
            TextMessage m = s.createTextMessage("{\"messageId\":\"" + messageId + "\",\"channel\":\"whatsapp\"}");
            m.setStringProperty("lekhaDeadLetterReason", "WhatsApp template not approved");
            return m;
        });
        DeadLetter letter = Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                () -> deadLetters.list(LekhaQueues.NOTIFICATIONS_OUT).stream()
                        .filter(d -> messageId.equals(d.messageId())).findFirst().orElse(null),
                d -> d != null);
        mvc.perform(get("/dead-letters"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("WhatsApp template not approved")));

        // when replayed from the screen
        mvc.perform(post("/dead-letters/replay").with(csrf())
                        .param("queue", LekhaQueues.NOTIFICATIONS_OUT).param("id", letter.id()))
                .andExpect(redirectedUrl("/dead-letters"));

        // then it is back on its queue, without the dead-letter reason, and gone from the DLQ
        jms.setReceiveTimeout(10_000);
        TextMessage back = (TextMessage) jms.receive(LekhaQueues.NOTIFICATIONS_OUT);
        assertThat(back.getText()).contains(messageId);
        assertThat(back.getStringProperty("lekhaDeadLetterReason")).isNull();
        assertThat(deadLetters.list(LekhaQueues.NOTIFICATIONS_OUT)).noneMatch(d -> messageId.equals(d.messageId()));
    }

    @Test
    void postedInvoiceIsCreatedOnceThenReportedAsDuplicate() throws Exception {
        when(intake.receive(any(), eq("api")))
                .thenReturn(new IntakeResult(41L, 1L, "LDT/26-27/0007", false))
                .thenReturn(new IntakeResult(41L, 1L, "LDT/26-27/0007", true));

        mvc.perform(post("/api/invoices").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(INVOICE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(41))
                .andExpect(jsonPath("$.duplicate").value(false));
        mvc.perform(post("/api/invoices").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(INVOICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate").value(true));
    }

    @Test
    void invalidInvoiceGetsProblemDetailsNamingDocumentLineAndField() throws Exception {
        when(intake.receive(any(), eq("api"))).thenThrow(new InvalidSalesDocumentException(List.of(
                new InvalidSalesDocumentException.Problem("LDT/26-27/0007", 1, "lines[1].igst",
                        "expected 180.00 (18% of 1000.00), got 90.00"))));

        mvc.perform(post("/api/invoices").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(INVOICE))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid sales document"))
                .andExpect(jsonPath("$.errors[0].documentNumber").value("LDT/26-27/0007"))
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("lines[1].igst"))
                .andExpect(jsonPath("$.errors[0].message").value("expected 180.00 (18% of 1000.00), got 90.00"));
    }
}
