package dev.lekha.domain.rfm;

import dev.lekha.domain.demo.DemoDataExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two years of order history for {@value #CUSTOMERS} customers of the demo company, so the {@code rfm} job has
 * work on a fresh start. Pseudo-random from a fixed seed: the same customers, orders and amounts on every machine;
 * only the dates are placed relative to the day of the first start (the history ends the day before it). Customers
 * differ as real ones do: some buy every few weeks, some a few times a year, some once; about one in five stopped
 * buying at some point; one order in thirty is followed by a return of part of it.
 */
@Component
class RfmDemoOrders implements DemoDataExtension {

    static final int CUSTOMERS = 3000;
    static final long SEED = 20261206L;
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final int DAYS = 730;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RfmDemoOrders(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void seedIfEmpty(long companyId) {
        Integer present = jdbc.queryForObject("select count(*) from customer_order where company_id = ?", Integer.class,
                companyId);
        if (present != null && present > 0) {
            return;
        }
        LocalDate end = LocalDate.now(clock.withZone(INDIA)).minusDays(1);
        Timestamp now = Timestamp.from(clock.instant());
        Random random = new Random(SEED);
        List<Object[]> rows = new ArrayList<>();
        int orderNo = 0;
        for (int c = 1; c <= CUSTOMERS; c++) {
            String key = String.format("CUST-%05d", c);
            // mean gap between orders: 10 to 40 days for a fifth, 40 to 160 for half, once for the rest
            double kind = random.nextDouble();
            int meanGap = kind < 0.2 ? 10 + random.nextInt(31) : kind < 0.7 ? 40 + random.nextInt(121) : DAYS;
            int first = random.nextInt(DAYS);
            // a fifth stopped buying somewhere in the two years
            int stop = random.nextDouble() < 0.2 ? random.nextInt(DAYS) : DAYS;
            int basket = 300 + random.nextInt(4700);
            for (int day = first; day < DAYS && day <= Math.max(stop, first); ) {
                orderNo++;
                LocalDate date = end.minusDays(DAYS - 1 - day);
                BigDecimal amount = BigDecimal.valueOf(basket / 2 + random.nextInt(basket))
                        .add(BigDecimal.valueOf(random.nextInt(100), 2));
                rows.add(order(companyId, "DEMO-" + orderNo, date, key, c, amount, false, now));
                if (random.nextInt(30) == 0 && day + 7 < DAYS) {
                    rows.add(order(companyId, "DEMO-" + orderNo + "-R", date.plusDays(7), key, c,
                            amount.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP).negate(), true, now));
                }
                day += 1 + (int) Math.round(-Math.log(1 - random.nextDouble()) * meanGap);
            }
        }
        jdbc.batchUpdate("insert into customer_order (company_id, order_id, order_date, customer_key, customer_name,"
                + " customer_phone, customer_email, net_amount, is_return, source_file, imported_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?)", rows);
    }

    private static Object[] order(long companyId, String orderId, LocalDate date, String key, int c, BigDecimal amount,
                                  boolean isReturn, Timestamp now) {
        return new Object[] {companyId, orderId, Date.valueOf(date), key, "Demo customer " + c,
                String.format("+9198%08d", c), "customer" + c + "@example.in", amount, isReturn, now};
    }
}
