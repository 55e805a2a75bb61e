-- Salary TDS for an employee who has not furnished a valid PAN: the higher of the average rate (s.192; s.392 of the
-- Income-tax Act, 2025) and this rate of the month's taxable salary, without cess, once the estimated income is
-- chargeable to tax. Read by IncomeTaxRulesSource into RegimeRules.salaryTdsWithoutPanPercent (both regimes).
-- statutory_rate kind INCOME_TAX, code SALARY_TDS_WITHOUT_PAN_PERCENT.
insert into statutory_rate (kind, code, rate_value, effective_from, effective_to, source_note) values
  ('INCOME_TAX', 'SALARY_TDS_WITHOUT_PAN_PERCENT', 20, date '2025-04-01', date '2026-03-31', 's.206AA(1)(iii), Income-tax Act, 1961: 20% without PAN; CBDT Circular 24/2022 (kept by Circular 03/2025) on s.206AA for salary: no cess on the 20%, nothing deducted below the taxable limit'),
  ('INCOME_TAX', 'SALARY_TDS_WITHOUT_PAN_PERCENT', 20, date '2026-04-01', null, 's.397(2)(b), Income-tax Act, 2025 (formerly s.206AA): 20% without a valid PAN');
