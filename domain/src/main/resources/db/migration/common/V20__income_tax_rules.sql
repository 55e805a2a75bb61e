-- Issue 6: salary income tax as dated data for FY 2025-26 (Income-tax Act, 1961 as amended by the Finance Act, 2025)
-- and tax year 2026-27 (Income-tax Act, 2025 in force from 1 April 2026; Budget 2026 left the rates and slabs
-- unchanged, Finance Act, 2026). Each year has its own rows so each cites its own law; a budget change closes a row
-- (effective_to) and adds one. Read by IncomeTaxRulesSource (batch-jobs, dev.lekha.jobs.statutory).
--
-- statutory_slab (see V18): kind INCOME_TAX_SLAB, region '-', variant the regime and age band:
--   NEW (every age), OLD (below 60), OLD_SENIOR (60 to 79), OLD_SUPER_SENIOR (80 or more);
--   kind INCOME_TAX_SURCHARGE, variant NEW or OLD: rate_percent of the tax when total income exceeds lower_bound.
-- statutory_rate: kind INCOME_TAX (per regime: standard deduction, rebate, whether the rebate has marginal relief,
--   cess); kind INCOME_TAX_DEDUCTION (caps of deductions); kind HRA_EXEMPTION (its three shares); kind
--   HRA_LISTED_CITY (code = city name in capitals, value = the 50% share; other spellings are rows of their own).

-- New regime slabs: FY 2025-26 s.115BAC(1A) as substituted by the Finance Act, 2025; tax year 2026-27 s.202(1) of the
-- Income-tax Act, 2025 (same table).
insert into statutory_slab (kind, region, variant, lower_bound, upper_bound, rate_percent, amount, effective_from, effective_to, source_note) values
  ('INCOME_TAX_SLAB', '-', 'NEW', 0,       400000,  0,  null, date '2025-04-01', date '2026-03-31', 'New regime FY 2025-26: s.115BAC(1A), Income-tax Act, 1961 as amended by the Finance Act, 2025'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 400000,  800000,  5,  null, date '2025-04-01', date '2026-03-31', 'New regime FY 2025-26: s.115BAC(1A), Income-tax Act, 1961 as amended by the Finance Act, 2025'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 800000,  1200000, 10, null, date '2025-04-01', date '2026-03-31', 'New regime FY 2025-26: s.115BAC(1A), Income-tax Act, 1961 as amended by the Finance Act, 2025'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 1200000, 1600000, 15, null, date '2025-04-01', date '2026-03-31', 'New regime FY 2025-26: s.115BAC(1A), Income-tax Act, 1961 as amended by the Finance Act, 2025'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 1600000, 2000000, 20, null, date '2025-04-01', date '2026-03-31', 'New regime FY 2025-26: s.115BAC(1A), Income-tax Act, 1961 as amended by the Finance Act, 2025'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 2000000, 2400000, 25, null, date '2025-04-01', date '2026-03-31', 'New regime FY 2025-26: s.115BAC(1A), Income-tax Act, 1961 as amended by the Finance Act, 2025'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 2400000, null,    30, null, date '2025-04-01', date '2026-03-31', 'New regime FY 2025-26: s.115BAC(1A), Income-tax Act, 1961 as amended by the Finance Act, 2025'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 0,       400000,  0,  null, date '2026-04-01', null, 'New regime tax year 2026-27: s.202(1), Income-tax Act, 2025 (unchanged by the Finance Act, 2026)'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 400000,  800000,  5,  null, date '2026-04-01', null, 'New regime tax year 2026-27: s.202(1), Income-tax Act, 2025 (unchanged by the Finance Act, 2026)'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 800000,  1200000, 10, null, date '2026-04-01', null, 'New regime tax year 2026-27: s.202(1), Income-tax Act, 2025 (unchanged by the Finance Act, 2026)'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 1200000, 1600000, 15, null, date '2026-04-01', null, 'New regime tax year 2026-27: s.202(1), Income-tax Act, 2025 (unchanged by the Finance Act, 2026)'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 1600000, 2000000, 20, null, date '2026-04-01', null, 'New regime tax year 2026-27: s.202(1), Income-tax Act, 2025 (unchanged by the Finance Act, 2026)'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 2000000, 2400000, 25, null, date '2026-04-01', null, 'New regime tax year 2026-27: s.202(1), Income-tax Act, 2025 (unchanged by the Finance Act, 2026)'),
  ('INCOME_TAX_SLAB', '-', 'NEW', 2400000, null,    30, null, date '2026-04-01', null, 'New regime tax year 2026-27: s.202(1), Income-tax Act, 2025 (unchanged by the Finance Act, 2026)');

-- Old regime slabs for resident individuals by age: First Schedule, Part III, paragraph A of the Finance Act, 2025
-- (FY 2025-26) and of the Finance Act, 2026 (tax year 2026-27), items (i) below 60, (ii) 60 to 79, (iii) 80 or more.
insert into statutory_slab (kind, region, variant, lower_bound, upper_bound, rate_percent, amount, effective_from, effective_to, source_note) values
  ('INCOME_TAX_SLAB', '-', 'OLD', 0,       250000,  0,  null, date '2025-04-01', date '2026-03-31', 'Old regime below 60, FY 2025-26: Finance Act, 2025, First Schedule Part III para A(i)'),
  ('INCOME_TAX_SLAB', '-', 'OLD', 250000,  500000,  5,  null, date '2025-04-01', date '2026-03-31', 'Old regime below 60, FY 2025-26: Finance Act, 2025, First Schedule Part III para A(i)'),
  ('INCOME_TAX_SLAB', '-', 'OLD', 500000,  1000000, 20, null, date '2025-04-01', date '2026-03-31', 'Old regime below 60, FY 2025-26: Finance Act, 2025, First Schedule Part III para A(i)'),
  ('INCOME_TAX_SLAB', '-', 'OLD', 1000000, null,    30, null, date '2025-04-01', date '2026-03-31', 'Old regime below 60, FY 2025-26: Finance Act, 2025, First Schedule Part III para A(i)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SENIOR', 0,       300000,  0,  null, date '2025-04-01', date '2026-03-31', 'Old regime 60 to 79, FY 2025-26: Finance Act, 2025, First Schedule Part III para A(ii)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SENIOR', 300000,  500000,  5,  null, date '2025-04-01', date '2026-03-31', 'Old regime 60 to 79, FY 2025-26: Finance Act, 2025, First Schedule Part III para A(ii)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SENIOR', 500000,  1000000, 20, null, date '2025-04-01', date '2026-03-31', 'Old regime 60 to 79, FY 2025-26: Finance Act, 2025, First Schedule Part III para A(ii)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SENIOR', 1000000, null,    30, null, date '2025-04-01', date '2026-03-31', 'Old regime 60 to 79, FY 2025-26: Finance Act, 2025, First Schedule Part III para A(ii)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SUPER_SENIOR', 0,       500000,  0,  null, date '2025-04-01', date '2026-03-31', 'Old regime 80 or more, FY 2025-26: Finance Act, 2025, First Schedule Part III para A(iii)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SUPER_SENIOR', 500000,  1000000, 20, null, date '2025-04-01', date '2026-03-31', 'Old regime 80 or more, FY 2025-26: Finance Act, 2025, First Schedule Part III para A(iii)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SUPER_SENIOR', 1000000, null,    30, null, date '2025-04-01', date '2026-03-31', 'Old regime 80 or more, FY 2025-26: Finance Act, 2025, First Schedule Part III para A(iii)'),
  ('INCOME_TAX_SLAB', '-', 'OLD', 0,       250000,  0,  null, date '2026-04-01', null, 'Old regime below 60, tax year 2026-27: Finance Act, 2026, First Schedule Part III para A(i) (unchanged)'),
  ('INCOME_TAX_SLAB', '-', 'OLD', 250000,  500000,  5,  null, date '2026-04-01', null, 'Old regime below 60, tax year 2026-27: Finance Act, 2026, First Schedule Part III para A(i) (unchanged)'),
  ('INCOME_TAX_SLAB', '-', 'OLD', 500000,  1000000, 20, null, date '2026-04-01', null, 'Old regime below 60, tax year 2026-27: Finance Act, 2026, First Schedule Part III para A(i) (unchanged)'),
  ('INCOME_TAX_SLAB', '-', 'OLD', 1000000, null,    30, null, date '2026-04-01', null, 'Old regime below 60, tax year 2026-27: Finance Act, 2026, First Schedule Part III para A(i) (unchanged)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SENIOR', 0,       300000,  0,  null, date '2026-04-01', null, 'Old regime 60 to 79, tax year 2026-27: Finance Act, 2026, First Schedule Part III para A(ii) (unchanged)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SENIOR', 300000,  500000,  5,  null, date '2026-04-01', null, 'Old regime 60 to 79, tax year 2026-27: Finance Act, 2026, First Schedule Part III para A(ii) (unchanged)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SENIOR', 500000,  1000000, 20, null, date '2026-04-01', null, 'Old regime 60 to 79, tax year 2026-27: Finance Act, 2026, First Schedule Part III para A(ii) (unchanged)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SENIOR', 1000000, null,    30, null, date '2026-04-01', null, 'Old regime 60 to 79, tax year 2026-27: Finance Act, 2026, First Schedule Part III para A(ii) (unchanged)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SUPER_SENIOR', 0,       500000,  0,  null, date '2026-04-01', null, 'Old regime 80 or more, tax year 2026-27: Finance Act, 2026, First Schedule Part III para A(iii) (unchanged)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SUPER_SENIOR', 500000,  1000000, 20, null, date '2026-04-01', null, 'Old regime 80 or more, tax year 2026-27: Finance Act, 2026, First Schedule Part III para A(iii) (unchanged)'),
  ('INCOME_TAX_SLAB', '-', 'OLD_SUPER_SENIOR', 1000000, null,    30, null, date '2026-04-01', null, 'Old regime 80 or more, tax year 2026-27: Finance Act, 2026, First Schedule Part III para A(iii) (unchanged)');

-- Surcharge on the tax of individuals above 50 lakh, 1 crore, 2 crore and 5 crore; the new regime stops at 25%
-- (proviso to the surcharge paragraph for s.115BAC / s.202 incomes); marginal relief is applied by the calculator.
insert into statutory_slab (kind, region, variant, lower_bound, upper_bound, rate_percent, amount, effective_from, effective_to, source_note) values
  ('INCOME_TAX_SURCHARGE', '-', 'NEW', 5000000,  10000000, 10, null, date '2025-04-01', date '2026-03-31', 'Surcharge FY 2025-26: Finance Act, 2025, First Schedule Part III para A; 25% cap for s.115BAC'),
  ('INCOME_TAX_SURCHARGE', '-', 'NEW', 10000000, 20000000, 15, null, date '2025-04-01', date '2026-03-31', 'Surcharge FY 2025-26: Finance Act, 2025, First Schedule Part III para A; 25% cap for s.115BAC'),
  ('INCOME_TAX_SURCHARGE', '-', 'NEW', 20000000, null,     25, null, date '2025-04-01', date '2026-03-31', 'Surcharge FY 2025-26: Finance Act, 2025, First Schedule Part III para A; 25% cap for s.115BAC'),
  ('INCOME_TAX_SURCHARGE', '-', 'OLD', 5000000,  10000000, 10, null, date '2025-04-01', date '2026-03-31', 'Surcharge FY 2025-26: Finance Act, 2025, First Schedule Part III para A'),
  ('INCOME_TAX_SURCHARGE', '-', 'OLD', 10000000, 20000000, 15, null, date '2025-04-01', date '2026-03-31', 'Surcharge FY 2025-26: Finance Act, 2025, First Schedule Part III para A'),
  ('INCOME_TAX_SURCHARGE', '-', 'OLD', 20000000, 50000000, 25, null, date '2025-04-01', date '2026-03-31', 'Surcharge FY 2025-26: Finance Act, 2025, First Schedule Part III para A'),
  ('INCOME_TAX_SURCHARGE', '-', 'OLD', 50000000, null,     37, null, date '2025-04-01', date '2026-03-31', 'Surcharge FY 2025-26: Finance Act, 2025, First Schedule Part III para A'),
  ('INCOME_TAX_SURCHARGE', '-', 'NEW', 5000000,  10000000, 10, null, date '2026-04-01', null, 'Surcharge tax year 2026-27: Finance Act, 2026, First Schedule Part III para A; 25% cap for s.202 (unchanged)'),
  ('INCOME_TAX_SURCHARGE', '-', 'NEW', 10000000, 20000000, 15, null, date '2026-04-01', null, 'Surcharge tax year 2026-27: Finance Act, 2026, First Schedule Part III para A; 25% cap for s.202 (unchanged)'),
  ('INCOME_TAX_SURCHARGE', '-', 'NEW', 20000000, null,     25, null, date '2026-04-01', null, 'Surcharge tax year 2026-27: Finance Act, 2026, First Schedule Part III para A; 25% cap for s.202 (unchanged)'),
  ('INCOME_TAX_SURCHARGE', '-', 'OLD', 5000000,  10000000, 10, null, date '2026-04-01', null, 'Surcharge tax year 2026-27: Finance Act, 2026, First Schedule Part III para A (unchanged)'),
  ('INCOME_TAX_SURCHARGE', '-', 'OLD', 10000000, 20000000, 15, null, date '2026-04-01', null, 'Surcharge tax year 2026-27: Finance Act, 2026, First Schedule Part III para A (unchanged)'),
  ('INCOME_TAX_SURCHARGE', '-', 'OLD', 20000000, 50000000, 25, null, date '2026-04-01', null, 'Surcharge tax year 2026-27: Finance Act, 2026, First Schedule Part III para A (unchanged)'),
  ('INCOME_TAX_SURCHARGE', '-', 'OLD', 50000000, null,     37, null, date '2026-04-01', null, 'Surcharge tax year 2026-27: Finance Act, 2026, First Schedule Part III para A (unchanged)');

-- Standard deduction, rebate and cess per regime. Rebate: s.87A as amended by the Finance Act, 2025 (new regime
-- 60,000 up to 12 lakh with marginal relief; old 12,500 up to 5 lakh); s.156 of the Income-tax Act, 2025 from
-- 2026-27. Standard deduction: s.16(ia) (75,000 in the new regime by s.115BAC(2), Finance (No. 2) Act, 2024);
-- s.19 of the 2025 Act. Cess: Health and Education Cess 4%, section 2 of each year's Finance Act.
insert into statutory_rate (kind, code, rate_value, effective_from, effective_to, source_note) values
  ('INCOME_TAX', 'NEW.STANDARD_DEDUCTION',    75000,   date '2025-04-01', date '2026-03-31', 's.16(ia) with s.115BAC(2), Income-tax Act, 1961 (Finance (No. 2) Act, 2024)'),
  ('INCOME_TAX', 'NEW.REBATE_MAX',            60000,   date '2025-04-01', date '2026-03-31', 's.87A proviso, Income-tax Act, 1961 as amended by the Finance Act, 2025'),
  ('INCOME_TAX', 'NEW.REBATE_INCOME_LIMIT',   1200000, date '2025-04-01', date '2026-03-31', 's.87A proviso, Income-tax Act, 1961 as amended by the Finance Act, 2025'),
  ('INCOME_TAX', 'NEW.REBATE_MARGINAL_RELIEF', 1,      date '2025-04-01', date '2026-03-31', 's.87A second proviso (tax above 12 lakh capped at the income above it), Finance Act, 2025'),
  ('INCOME_TAX', 'NEW.CESS_PERCENT',          4,       date '2025-04-01', date '2026-03-31', 'Health and Education Cess: Finance Act, 2025, section 2'),
  ('INCOME_TAX', 'OLD.STANDARD_DEDUCTION',    50000,   date '2025-04-01', date '2026-03-31', 's.16(ia), Income-tax Act, 1961'),
  ('INCOME_TAX', 'OLD.REBATE_MAX',            12500,   date '2025-04-01', date '2026-03-31', 's.87A, Income-tax Act, 1961'),
  ('INCOME_TAX', 'OLD.REBATE_INCOME_LIMIT',   500000,  date '2025-04-01', date '2026-03-31', 's.87A, Income-tax Act, 1961'),
  ('INCOME_TAX', 'OLD.REBATE_MARGINAL_RELIEF', 0,      date '2025-04-01', date '2026-03-31', 's.87A, Income-tax Act, 1961: no marginal relief in the old regime'),
  ('INCOME_TAX', 'OLD.CESS_PERCENT',          4,       date '2025-04-01', date '2026-03-31', 'Health and Education Cess: Finance Act, 2025, section 2'),
  ('INCOME_TAX', 'NEW.STANDARD_DEDUCTION',    75000,   date '2026-04-01', null, 's.19, Income-tax Act, 2025 (new regime, s.202)'),
  ('INCOME_TAX', 'NEW.REBATE_MAX',            60000,   date '2026-04-01', null, 's.156, Income-tax Act, 2025 (formerly s.87A)'),
  ('INCOME_TAX', 'NEW.REBATE_INCOME_LIMIT',   1200000, date '2026-04-01', null, 's.156, Income-tax Act, 2025 (formerly s.87A)'),
  ('INCOME_TAX', 'NEW.REBATE_MARGINAL_RELIEF', 1,      date '2026-04-01', null, 's.156, Income-tax Act, 2025: marginal relief above 12 lakh'),
  ('INCOME_TAX', 'NEW.CESS_PERCENT',          4,       date '2026-04-01', null, 'Health and Education Cess: Finance Act, 2026, section 2'),
  ('INCOME_TAX', 'OLD.STANDARD_DEDUCTION',    50000,   date '2026-04-01', null, 's.19, Income-tax Act, 2025'),
  ('INCOME_TAX', 'OLD.REBATE_MAX',            12500,   date '2026-04-01', null, 's.156, Income-tax Act, 2025 (formerly s.87A)'),
  ('INCOME_TAX', 'OLD.REBATE_INCOME_LIMIT',   500000,  date '2026-04-01', null, 's.156, Income-tax Act, 2025 (formerly s.87A)'),
  ('INCOME_TAX', 'OLD.REBATE_MARGINAL_RELIEF', 0,      date '2026-04-01', null, 's.156, Income-tax Act, 2025: no marginal relief in the old regime'),
  ('INCOME_TAX', 'OLD.CESS_PERCENT',          4,       date '2026-04-01', null, 'Health and Education Cess: Finance Act, 2026, section 2');

-- Caps of the deductions salaried employees declare (1961 Act section; 2025 Act section).
insert into statutory_rate (kind, code, rate_value, effective_from, effective_to, source_note) values
  ('INCOME_TAX_DEDUCTION', '80C_80CCC_80CCD1',    150000, date '2025-04-01', date '2026-03-31', 's.80CCE: 80C, 80CCC and 80CCD(1) together, Income-tax Act, 1961'),
  ('INCOME_TAX_DEDUCTION', '80CCD1B',             50000,  date '2025-04-01', date '2026-03-31', 's.80CCD(1B), Income-tax Act, 1961'),
  ('INCOME_TAX_DEDUCTION', '80CCD2_PERCENT_NEW',  14,     date '2025-04-01', date '2026-03-31', 's.80CCD(2) 14% of salary under s.115BAC, Finance (No. 2) Act, 2024'),
  ('INCOME_TAX_DEDUCTION', '80CCD2_PERCENT_OLD',  10,     date '2025-04-01', date '2026-03-31', 's.80CCD(2) 10% of salary, Income-tax Act, 1961'),
  ('INCOME_TAX_DEDUCTION', '80D_SELF',            25000,  date '2025-04-01', date '2026-03-31', 's.80D(2)(a), Income-tax Act, 1961'),
  ('INCOME_TAX_DEDUCTION', '80D_SELF_SENIOR',     50000,  date '2025-04-01', date '2026-03-31', 's.80D(4) senior citizen, Income-tax Act, 1961'),
  ('INCOME_TAX_DEDUCTION', '80D_PARENTS',         25000,  date '2025-04-01', date '2026-03-31', 's.80D(3)(a), Income-tax Act, 1961'),
  ('INCOME_TAX_DEDUCTION', '80D_PARENTS_SENIOR',  50000,  date '2025-04-01', date '2026-03-31', 's.80D(4) senior citizen parent, Income-tax Act, 1961'),
  ('INCOME_TAX_DEDUCTION', '24B_SELF_OCCUPIED',   200000, date '2025-04-01', date '2026-03-31', 's.24(b) second proviso, self-occupied property, Income-tax Act, 1961 (old regime only)'),
  ('INCOME_TAX_DEDUCTION', '80C_80CCC_80CCD1',    150000, date '2026-04-01', null, 's.123 with s.124, Income-tax Act, 2025 (formerly 80C/80CCC/80CCD(1), 80CCE)'),
  ('INCOME_TAX_DEDUCTION', '80CCD1B',             50000,  date '2026-04-01', null, 's.124, Income-tax Act, 2025 (formerly 80CCD(1B))'),
  ('INCOME_TAX_DEDUCTION', '80CCD2_PERCENT_NEW',  14,     date '2026-04-01', null, 's.124, Income-tax Act, 2025 (formerly 80CCD(2)), 14% under s.202'),
  ('INCOME_TAX_DEDUCTION', '80CCD2_PERCENT_OLD',  10,     date '2026-04-01', null, 's.124, Income-tax Act, 2025 (formerly 80CCD(2)), 10%'),
  ('INCOME_TAX_DEDUCTION', '80D_SELF',            25000,  date '2026-04-01', null, 's.126, Income-tax Act, 2025 (formerly 80D)'),
  ('INCOME_TAX_DEDUCTION', '80D_SELF_SENIOR',     50000,  date '2026-04-01', null, 's.126, Income-tax Act, 2025 (formerly 80D), senior citizen'),
  ('INCOME_TAX_DEDUCTION', '80D_PARENTS',         25000,  date '2026-04-01', null, 's.126, Income-tax Act, 2025 (formerly 80D), parents'),
  ('INCOME_TAX_DEDUCTION', '80D_PARENTS_SENIOR',  50000,  date '2026-04-01', null, 's.126, Income-tax Act, 2025 (formerly 80D), senior citizen parent'),
  ('INCOME_TAX_DEDUCTION', '24B_SELF_OCCUPIED',   200000, date '2026-04-01', null, 'Interest on borrowed capital, self-occupied property, house property chapter of the Income-tax Act, 2025 (formerly s.24(b)), old regime only');

-- HRA exemption: least of HRA received, 50%/40% of salary (basic + DA) and rent paid minus 10% of salary.
-- Up to FY 2025-26: s.10(13A) with rule 2A of the Income-tax Rules, 1962 (50% in Delhi, Mumbai, Kolkata, Chennai).
-- From tax year 2026-27: the Income-tax Rules, 2026 under the Income-tax Act, 2025 (rule 279 of the draft published
-- on 7 February 2026) add Bengaluru, Hyderabad, Pune and Ahmedabad.
insert into statutory_rate (kind, code, rate_value, effective_from, effective_to, source_note) values
  ('HRA_EXEMPTION', 'LISTED_CITY_PERCENT', 50, date '2025-04-01', null, 'Rule 2A(b)(i), Income-tax Rules, 1962; Income-tax Rules, 2026 from 1 April 2026'),
  ('HRA_EXEMPTION', 'OTHER_CITY_PERCENT',  40, date '2025-04-01', null, 'Rule 2A(b)(ii), Income-tax Rules, 1962; Income-tax Rules, 2026 from 1 April 2026'),
  ('HRA_EXEMPTION', 'RENT_EXCESS_PERCENT', 10, date '2025-04-01', null, 's.10(13A) with rule 2A(c), Income-tax Rules, 1962; Income-tax Rules, 2026 from 1 April 2026'),
  ('HRA_LISTED_CITY', 'DELHI',     50, date '2025-04-01', null, 'Rule 2A, Income-tax Rules, 1962; kept by the Income-tax Rules, 2026'),
  ('HRA_LISTED_CITY', 'NEW DELHI', 50, date '2025-04-01', null, 'Delhi (rule 2A), other spelling'),
  ('HRA_LISTED_CITY', 'MUMBAI',    50, date '2025-04-01', null, 'Rule 2A, Income-tax Rules, 1962; kept by the Income-tax Rules, 2026'),
  ('HRA_LISTED_CITY', 'BOMBAY',    50, date '2025-04-01', null, 'Mumbai (rule 2A), other spelling'),
  ('HRA_LISTED_CITY', 'KOLKATA',   50, date '2025-04-01', null, 'Rule 2A, Income-tax Rules, 1962; kept by the Income-tax Rules, 2026'),
  ('HRA_LISTED_CITY', 'CALCUTTA',  50, date '2025-04-01', null, 'Kolkata (rule 2A), other spelling'),
  ('HRA_LISTED_CITY', 'CHENNAI',   50, date '2025-04-01', null, 'Rule 2A, Income-tax Rules, 1962; kept by the Income-tax Rules, 2026'),
  ('HRA_LISTED_CITY', 'MADRAS',    50, date '2025-04-01', null, 'Chennai (rule 2A), other spelling'),
  ('HRA_LISTED_CITY', 'BENGALURU', 50, date '2026-04-01', null, 'Added from tax year 2026-27: Income-tax Rules, 2026 (draft rule 279, 7 Feb 2026)'),
  ('HRA_LISTED_CITY', 'BANGALORE', 50, date '2026-04-01', null, 'Bengaluru, other spelling: Income-tax Rules, 2026 (draft rule 279)'),
  ('HRA_LISTED_CITY', 'HYDERABAD', 50, date '2026-04-01', null, 'Added from tax year 2026-27: Income-tax Rules, 2026 (draft rule 279, 7 Feb 2026)'),
  ('HRA_LISTED_CITY', 'PUNE',      50, date '2026-04-01', null, 'Added from tax year 2026-27: Income-tax Rules, 2026 (draft rule 279, 7 Feb 2026)'),
  ('HRA_LISTED_CITY', 'AHMEDABAD', 50, date '2026-04-01', null, 'Added from tax year 2026-27: Income-tax Rules, 2026 (draft rule 279, 7 Feb 2026)');
