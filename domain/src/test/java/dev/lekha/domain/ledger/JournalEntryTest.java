package dev.lekha.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.ledger.JournalEntry.Posting;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private static final Instant NOW = Instant.parse("2026-04-01T04:30:00Z");

    @Test
    void aBalancedEntryKeepsItsPostingsInOrderAtScale2() {
        JournalEntry e = JournalEntry.post(1, DAY, "Capital", null, null,
                List.of(Posting.debit(10, new BigDecimal("500")), Posting.credit(20, new BigDecimal("500.00"))), NOW);
        assertThat(e.getLines()).extracting(JournalLine::getLineNo, l -> l.getDebit().toPlainString(),
                        l -> l.getCredit().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "500.00", "0.00"),
                        org.assertj.core.groups.Tuple.tuple(2, "0.00", "500.00"));
    }

    @Test
    void refusesOneSidedAndMalformedEntries() {
        assertThatThrownBy(() -> JournalEntry.post(1, DAY, "Alone", null, null,
                List.of(Posting.debit(10, BigDecimal.TEN)), NOW))
                .isInstanceOf(UnbalancedJournalEntryException.class)
                .hasMessage("journal entry 'Alone' has 1 posting(s); a double entry needs at least one debit and one credit");
        assertThatThrownBy(() -> JournalEntry.post(1, DAY, "Both", null, null,
                List.of(new Posting(10, BigDecimal.TEN, BigDecimal.TEN), Posting.credit(20, BigDecimal.TEN)), NOW))
                .hasMessage("posting 1 of journal entry 'Both' has debit 10.00 and credit 10.00;"
                        + " each posting is either a positive debit or a positive credit");
        assertThatThrownBy(() -> JournalEntry.post(1, DAY, "Negative", null, null,
                List.of(Posting.debit(10, BigDecimal.TEN), Posting.credit(20, new BigDecimal("-10"))), NOW))
                .hasMessageContaining("posting 2 of journal entry 'Negative' has debit 0.00 and credit -10.00");
        assertThatThrownBy(() -> JournalEntry.post(1, DAY, "Uneven", null, null,
                List.of(Posting.debit(10, new BigDecimal("100.00")), Posting.credit(20, new BigDecimal("99.99"))), NOW))
                .hasMessage("journal entry 'Uneven' does not balance: debits 100.00, credits 99.99 (difference 0.01)");
    }
}
