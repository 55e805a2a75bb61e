package dev.lekha.domain.demo;

/**
 * More demo data for one feature (employees, manufacturing masters, order history, ...), added to the demo company
 * after {@link DemoCompanySeeder} has created it. Each feature declares one bean; the runner calls every one at
 * start-up when demo data is enabled. Keeping each feature's demo data beside the feature keeps the seeder small.
 */
public interface DemoDataExtension {

    /**
     * Adds this feature's demo data to the demo company unless it is already there (called on every start).
     *
     * @param companyId the demo company
     */
    void seedIfEmpty(long companyId);
}
