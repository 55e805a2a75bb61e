-- Issue 6: the payroll statutory rules as dated data — PF/EPS/EDLI, ESI, professional tax, Labour Welfare Fund.
-- Read by batch-jobs PayrollRulesSource for a wage month and a work state, and computed by the pure calculators in
-- mappings dev.lekha.mappings.payroll.statutory. docs/payroll-statutory.md explains each kind and code.
-- A change in the law is a new row: close the old row (effective_to = the day before) and insert the new one with
-- its source. A wage month takes the rows in force on its first day, except PF/WAGE_CEILING, which is averaged over
-- the month's days when it changes within the month.

-- PF (kind PF): rates in percent, amounts in rupees.
--   EMPLOYEE_RATE / EMPLOYER_RATE   shares of PF wages (employer's includes EPS)
--   EPS_RATE                        employer's share that goes to the pension fund, on wages up to the ceiling
--   EDLI_RATE                       EDLI contribution on wages up to the ceiling
--   ADMIN_RATE                      EPF admin charge on the wages contributions are paid on
--   ADMIN_MIN_ESTABLISHMENT         least admin charge a month for an establishment with contributing members
--   ADMIN_MIN_NON_FUNCTIONAL        admin charge a month for an establishment with no contributing member
--   WAGE_CEILING                    the wage ceiling (EPS, EDLI, and EPF unless on actual wages)
--   EPS_MAX_AGE                     age after which no EPS is paid (all of the employer's share to EPF)
--   WAGE_EXCLUSION_LIMIT_PERCENT    share of remuneration the s.2(88) exclusions may reach before the excess is wages
insert into statutory_rate (kind, code, rate_value, effective_from, effective_to, source_note) values
  ('PF', 'EMPLOYEE_RATE',                12,    date '1997-09-22', null,              'EPF and MP Act 1952 s.6 (12% from 22 Sep 1997); Code on Social Security 2020 s.16 and its EPF Scheme from 21 Nov 2025'),
  ('PF', 'EMPLOYER_RATE',                12,    date '1997-09-22', null,              'EPF and MP Act 1952 s.6; EPF Scheme 1952 para 29; Code on Social Security 2020 s.16 from 21 Nov 2025'),
  ('PF', 'EPS_RATE',                     8.33,  date '1995-11-16', null,              'Employees Pension Scheme 1995 para 3(2): 8.33% of the employer''s share, on pay up to the wage ceiling'),
  ('PF', 'EDLI_RATE',                    0.5,   date '1976-08-01', null,              'EPF and MP Act 1952 s.6C; EDLI Scheme 1976 para 8: 0.5% of pay up to the wage ceiling'),
  ('PF', 'ADMIN_RATE',                   0.65,  date '2017-04-01', date '2018-05-31', 'S.O. 827(E), 15 Mar 2017 (EPF Scheme para 30 and 39): 0.65% of pay on which contributions are payable'),
  ('PF', 'ADMIN_RATE',                   0.5,   date '2018-06-01', null,              'S.O. 2011(E), 21 May 2018 (EPF Scheme para 30 and 39), from the June 2018 wage month: 0.50% of the total pay on which contributions are payable'),
  ('PF', 'ADMIN_MIN_ESTABLISHMENT',      500,   date '2015-01-01', null,              'EPFO admin-charge notifications from 1 Jan 2015, kept by S.O. 2011(E), 21 May 2018: at least Rs 500 a month per establishment with contributing members'),
  ('PF', 'ADMIN_MIN_NON_FUNCTIONAL',     75,    date '2015-01-01', null,              'S.O. 2011(E), 21 May 2018: Rs 75 a month for a non-functional establishment with no contributing member'),
  ('PF', 'WAGE_CEILING',                 15000, date '2014-09-01', date '2026-09-16', 'G.S.R. 609(E), 22 Aug 2014 (EPF Scheme para 2(f), EPS para 3, EDLI para 2(f)): Rs 15,000 from 1 Sep 2014; kept under Code on Social Security s.2(89) by MoLE notification of 29 May 2026'),
  ('PF', 'WAGE_CEILING',                 25000, date '2026-09-17', null,              'Rs 25,000 from 17 Sep 2026 as issue 6 of this project states; the gazette notification was not found in our sources: put its number here when confirmed'),
  ('PF', 'EPS_MAX_AGE',                  58,    date '1995-11-16', null,              'Employees Pension Scheme 1995 para 12: superannuation pension at 58; no EPS contribution for a member past 58 (the whole employer share goes to EPF)'),
  ('PF', 'WAGE_EXCLUSION_LIMIT_PERCENT', 100,   date '1952-11-01', date '2025-11-20', 'Before the Code on Social Security: EPF and MP Act 1952 s.2(b) basic wages had no add-back of excluded allowances (100% = no limit)'),
  ('PF', 'WAGE_EXCLUSION_LIMIT_PERCENT', 50,    date '2025-11-21', null,              'Code on Social Security 2020 s.2(88) proviso (in force 21 Nov 2025): excluded payments above one-half of all remuneration are added back to wages');

-- ESI (kind ESI).
--   EMPLOYEE_RATE / EMPLOYER_RATE   shares of ESI wages, percent (each rounded up to the next rupee, rule 51)
--   WAGE_CEILING                    monthly wages up to which an employee is covered, judged at the period's start
--   EXEMPT_DAILY_WAGE               average daily wage up to which the employee's share is nil (employer still pays)
insert into statutory_rate (kind, code, rate_value, effective_from, effective_to, source_note) values
  ('ESI', 'EMPLOYEE_RATE',     0.75,  date '2019-07-01', null, 'ESI (Central) Rules 1950 rule 51(b) as amended by G.S.R. 423(E), 13 Jun 2019: 0.75% (three-fourth per cent) from 1 Jul 2019, rounded to the next higher rupee'),
  ('ESI', 'EMPLOYER_RATE',     3.25,  date '2019-07-01', null, 'ESI (Central) Rules 1950 rule 51(a) as amended by G.S.R. 423(E), 13 Jun 2019: 3.25% from 1 Jul 2019, rounded to the next higher rupee'),
  ('ESI', 'WAGE_CEILING',      21000, date '2017-01-01', null, 'ESI Act 1948 s.2(9); ESI (Central) Rules 1950 rule 50: Rs 21,000 a month from 1 Jan 2017; coverage at the start of a contribution period holds to its end (s.2(9) proviso)'),
  ('ESI', 'EXEMPT_DAILY_WAGE', 176,   date '2019-09-06', null, 'ESI Act 1948 s.42(1); ESI (Central) Rules 1950 rule 52 as amended by G.S.R. 638(E), 6 Sep 2019: average daily wage up to and including Rs 176');

-- Professional tax schedule (kind PT_SCHEDULE) for a tax not assessed monthly.
--   <STATE>_ASSESSMENT_MONTHS       months per assessment period (6: the PROFESSIONAL_TAX bands are on half-year income)
--   <STATE>_DEDUCTION_MONTH_H1/_H2  the month number (1-12) in which a monthly payroll deducts each half-year's tax
insert into statutory_rate (kind, code, rate_value, effective_from, effective_to, source_note) values
  ('PT_SCHEDULE', 'TN_ASSESSMENT_MONTHS',   6, date '2024-10-01', null, 'Tamil Nadu Urban Local Bodies Act 1998 (as amended 2022) and the earlier municipal laws (s.138C): profession tax is assessed per half-year, April-September and October-March'),
  ('PT_SCHEDULE', 'TN_DEDUCTION_MONTH_H1',  9, date '2024-10-01', null, 'Our choice (docs/payroll-statutory.md): the April-September tax is deducted from September salary, payable to the corporation by 30 September'),
  ('PT_SCHEDULE', 'TN_DEDUCTION_MONTH_H2',  3, date '2024-10-01', null, 'Our choice (docs/payroll-statutory.md): the October-March tax is deducted from March salary, payable by 31 March');

-- Professional tax bands (statutory_slab kind PROFESSIONAL_TAX, region = work state, amount = tax in rupees for the
-- month, or for the half-year when <STATE>_ASSESSMENT_MONTHS is 6). Band semantics as in V18: v > lower_bound
-- (or lower_bound = 0) and v <= upper_bound. variant '-' every employee; 'F' women (a state with 'F' bands taxes a
-- woman on those alone); '02' / 'F-02' the February amount of the band with the same bounds.
insert into statutory_slab (kind, region, variant, lower_bound, upper_bound, rate_percent, amount, effective_from, effective_to, source_note) values
  ('PROFESSIONAL_TAX', 'MH', '-',    0,        7500,     null, 0,    date '2023-04-01', null, 'Maharashtra State Tax on Professions, Trades, Callings and Employments Act 1975, Schedule I entry 1(i)(a) from 1 Apr 2023: men up to Rs 7,500 nil'),
  ('PROFESSIONAL_TAX', 'MH', '-',    7500,     10000,    null, 175,  date '2023-04-01', null, 'Maharashtra PT Act 1975, Schedule I entry 1(i)(b): above Rs 7,500 up to Rs 10,000, Rs 175 a month'),
  ('PROFESSIONAL_TAX', 'MH', '-',    10000,    null,     null, 200,  date '2023-04-01', null, 'Maharashtra PT Act 1975, Schedule I entry 1(i)(c): above Rs 10,000, Rs 2,500 a year: Rs 200 a month except February'),
  ('PROFESSIONAL_TAX', 'MH', '02',   10000,    null,     null, 300,  date '2023-04-01', null, 'Maharashtra PT Act 1975, Schedule I entry 1(i)(c): Rs 300 for the month of February'),
  ('PROFESSIONAL_TAX', 'MH', 'F',    0,        25000,    null, 0,    date '2023-04-01', null, 'Maharashtra PT Act 1975, Schedule I entry 1(ii)(a) from 1 Apr 2023: women up to Rs 25,000 nil'),
  ('PROFESSIONAL_TAX', 'MH', 'F',    25000,    null,     null, 200,  date '2023-04-01', null, 'Maharashtra PT Act 1975, Schedule I entry 1(ii)(b): women above Rs 25,000, Rs 200 a month except February'),
  ('PROFESSIONAL_TAX', 'MH', 'F-02', 25000,    null,     null, 300,  date '2023-04-01', null, 'Maharashtra PT Act 1975, Schedule I entry 1(ii)(b): Rs 300 for the month of February'),
  ('PROFESSIONAL_TAX', 'KA', '-',    0,        24999.99, null, 0,    date '2025-04-01', null, 'Karnataka Tax on Profession, Trades, Callings and Employments Act 1976, Schedule serial 1 (threshold Rs 25,000 from 1 Apr 2023): below Rs 25,000 nil'),
  ('PROFESSIONAL_TAX', 'KA', '-',    24999.99, null,     null, 200,  date '2025-04-01', null, 'Karnataka PT Act 1976 Schedule serial 1 as substituted by Karnataka Act 33 of 2025 (from 1 Apr 2025): Rs 25,000 and more, Rs 200 a month except February'),
  ('PROFESSIONAL_TAX', 'KA', '02',   24999.99, null,     null, 300,  date '2025-04-01', null, 'Karnataka Act 33 of 2025 (gazette 15 Apr 2025, from 1 Apr 2025): Rs 300 for the month of February'),
  ('PROFESSIONAL_TAX', 'WB', '-',    0,        10000,    null, 0,    date '2021-04-01', null, 'West Bengal State Tax on Professions, Trades, Callings and Employments Act 1979, Schedule serial 1 (slabs in force for 2021-22; earlier schedules not loaded): up to Rs 10,000 nil'),
  ('PROFESSIONAL_TAX', 'WB', '-',    10000,    15000,    null, 110,  date '2021-04-01', null, 'West Bengal PT Act 1979 Schedule serial 1: above Rs 10,000 up to Rs 15,000, Rs 110 a month'),
  ('PROFESSIONAL_TAX', 'WB', '-',    15000,    25000,    null, 130,  date '2021-04-01', null, 'West Bengal PT Act 1979 Schedule serial 1: above Rs 15,000 up to Rs 25,000, Rs 130 a month'),
  ('PROFESSIONAL_TAX', 'WB', '-',    25000,    40000,    null, 150,  date '2021-04-01', null, 'West Bengal PT Act 1979 Schedule serial 1: above Rs 25,000 up to Rs 40,000, Rs 150 a month'),
  ('PROFESSIONAL_TAX', 'WB', '-',    40000,    null,     null, 200,  date '2021-04-01', null, 'West Bengal PT Act 1979 Schedule serial 1: above Rs 40,000, Rs 200 a month'),
  ('PROFESSIONAL_TAX', 'TN', '-',    0,        21000,    null, 0,    date '2024-10-01', null, 'Greater Chennai Corporation council resolution 574/2024 (30 Dec 2024), circular R.D.(HQ).C.No.PT/SPL/2024 (20 Jan 2025), from the half-year Oct 2024-Mar 2025: half-year income up to Rs 21,000 nil'),
  ('PROFESSIONAL_TAX', 'TN', '-',    21000,    30000,    null, 180,  date '2024-10-01', null, 'Greater Chennai Corporation resolution 574/2024: half-year income Rs 21,001 to 30,000, Rs 180 a half-year'),
  ('PROFESSIONAL_TAX', 'TN', '-',    30000,    45000,    null, 425,  date '2024-10-01', null, 'Greater Chennai Corporation resolution 574/2024: half-year income Rs 30,001 to 45,000, Rs 425 a half-year'),
  ('PROFESSIONAL_TAX', 'TN', '-',    45000,    60000,    null, 930,  date '2024-10-01', null, 'Greater Chennai Corporation resolution 574/2024: half-year income Rs 45,001 to 60,000, Rs 930 a half-year'),
  ('PROFESSIONAL_TAX', 'TN', '-',    60000,    75000,    null, 1025, date '2024-10-01', null, 'Greater Chennai Corporation resolution 574/2024 (unchanged): half-year income Rs 60,001 to 75,000, Rs 1,025 a half-year'),
  ('PROFESSIONAL_TAX', 'TN', '-',    75000,    null,     null, 1250, date '2024-10-01', null, 'Greater Chennai Corporation resolution 574/2024 (unchanged): half-year income above Rs 75,000, Rs 1,250 a half-year'),
  ('PROFESSIONAL_TAX', 'TG', '-',    0,        15000,    null, 0,    date '2014-06-02', null, 'Telangana Tax on Professions, Trades, Callings and Employments Act 1987 (as adapted on 2 Jun 2014), Schedule entry 1: up to Rs 15,000 nil'),
  ('PROFESSIONAL_TAX', 'TG', '-',    15000,    20000,    null, 150,  date '2014-06-02', null, 'Telangana PT Act 1987 Schedule entry 1: Rs 15,001 to Rs 20,000, Rs 150 a month'),
  ('PROFESSIONAL_TAX', 'TG', '-',    20000,    null,     null, 200,  date '2014-06-02', null, 'Telangana PT Act 1987 Schedule entry 1: above Rs 20,000, Rs 200 a month'),
  ('PROFESSIONAL_TAX', 'GJ', '-',    0,        12000,    null, 0,    date '2022-04-01', null, 'Gujarat Panchayats, Municipalities, Municipal Corporations and State Tax on Professions, Traders, Callings and Employments Act 1976; notification GHN-35-PFT-2022-S.3(2)(10)-TH, 8 Apr 2022, from 1 Apr 2022: up to Rs 12,000 nil'),
  ('PROFESSIONAL_TAX', 'GJ', '-',    12000,    null,     null, 200,  date '2022-04-01', null, 'Gujarat notification GHN-35-PFT-2022-S.3(2)(10)-TH, 8 Apr 2022: more than Rs 12,000, Rs 200 a month');

-- Labour Welfare Fund (statutory_slab kinds LWF_EMPLOYEE and LWF_EMPLOYER, region = work state, variant = the
-- two-digit month in which the contribution is deducted, amount in rupees, bands on the month's gross). A month
-- without a row owes nothing.
insert into statutory_slab (kind, region, variant, lower_bound, upper_bound, rate_percent, amount, effective_from, effective_to, source_note) values
  ('LWF_EMPLOYEE', 'MH', '06', 0, null, null, 25,  date '2024-06-01', null, 'Maharashtra Labour Welfare Fund Act 1953 s.6BB as amended by the MLWF (Amendment) Act 2024 (Government Gazette 18 Mar 2024; the Board applies it from the June 2024 contribution): Rs 25 for an employee on the register on 30 June, whatever the wages'),
  ('LWF_EMPLOYEE', 'MH', '12', 0, null, null, 25,  date '2024-06-01', null, 'MLWF Act 1953 as amended 2024: Rs 25 for an employee on the register on 31 December'),
  ('LWF_EMPLOYER', 'MH', '06', 0, null, null, 75,  date '2024-06-01', null, 'MLWF Act 1953 as amended 2024: the employer pays thrice the employee''s contribution, Rs 75 (June)'),
  ('LWF_EMPLOYER', 'MH', '12', 0, null, null, 75,  date '2024-06-01', null, 'MLWF Act 1953 as amended 2024: the employer pays thrice the employee''s contribution, Rs 75 (December)'),
  ('LWF_EMPLOYEE', 'KA', '12', 0, null, null, 50,  date '2025-01-01', null, 'Karnataka Labour Welfare Fund Act 1965 s.7A(2) as amended by the KLWF (Amendment) Act 2024 (gazette Jan 2025): Rs 50 a year for an employee on the register on 31 December (calendar year 2025 on)'),
  ('LWF_EMPLOYER', 'KA', '12', 0, null, null, 100, date '2025-01-01', null, 'Karnataka Labour Welfare Fund Act 1965 s.7A(2) as amended 2024: employer Rs 100 a year per employee'),
  ('LWF_EMPLOYEE', 'WB', '06', 0, null, null, 3,   date '2020-01-01', null, 'West Bengal Labour Welfare Fund Act 1974 s.9: Rs 3 a half-year for periods ending 30 June, paid by 15 July (West Bengal Labour Welfare Board; start date before 2020 not loaded)'),
  ('LWF_EMPLOYEE', 'WB', '12', 0, null, null, 3,   date '2020-01-01', null, 'West Bengal Labour Welfare Fund Act 1974 s.9: Rs 3 a half-year for periods ending 31 December, paid by 15 January'),
  ('LWF_EMPLOYER', 'WB', '06', 0, null, null, 15,  date '2020-01-01', date '2023-12-31', 'West Bengal Labour Welfare Fund Act 1974 s.9: employer Rs 15 a half-year per employee (June), as the Board published before the 2024 revision'),
  ('LWF_EMPLOYER', 'WB', '12', 0, null, null, 15,  date '2020-01-01', date '2023-12-31', 'West Bengal Labour Welfare Fund Act 1974 s.9: employer Rs 15 a half-year per employee (December)'),
  ('LWF_EMPLOYER', 'WB', '06', 0, null, null, 30,  date '2024-01-01', null,              'West Bengal Labour Department notification revising the employer''s contribution to Rs 30 a half-year from 1 Jan 2024 (June)'),
  ('LWF_EMPLOYER', 'WB', '12', 0, null, null, 30,  date '2024-01-01', null,              'West Bengal Labour Department notification revising the employer''s contribution to Rs 30 a half-year from 1 Jan 2024 (December)'),
  ('LWF_EMPLOYEE', 'TN', '12', 0, null, null, 20,  date '2022-12-02', null, 'Tamil Nadu Labour Welfare Fund Act 1972; TN Labour Welfare Fund Rules 1973 as amended 2 Dec 2022: Rs 20 a year, for the calendar year, paid by 31 January'),
  ('LWF_EMPLOYER', 'TN', '12', 0, null, null, 40,  date '2022-12-02', null, 'TN Labour Welfare Fund Rules 1973 as amended 2 Dec 2022: employer Rs 40 a year per employee'),
  ('LWF_EMPLOYEE', 'TG', '12', 0, null, null, 2,   date '2014-06-02', null, 'Telangana Labour Welfare Fund Act 1987: Rs 2 a year for an employee on the register on 31 December, paid by 31 January'),
  ('LWF_EMPLOYER', 'TG', '12', 0, null, null, 5,   date '2014-06-02', null, 'Telangana Labour Welfare Fund Act 1987: employer Rs 5 a year per employee'),
  ('LWF_EMPLOYEE', 'GJ', '06', 0, null, null, 6,   date '2020-01-01', null, 'Gujarat Labour Welfare Fund Act 1953 and Labour Welfare Fund (Gujarat) Rules 1962: Rs 6 a half-year for an employee on the register on 30 June (start date before 2020 not loaded)'),
  ('LWF_EMPLOYEE', 'GJ', '12', 0, null, null, 6,   date '2020-01-01', null, 'Gujarat Labour Welfare Fund Act 1953 and Labour Welfare Fund (Gujarat) Rules 1962: Rs 6 a half-year (31 December)'),
  ('LWF_EMPLOYER', 'GJ', '06', 0, null, null, 12,  date '2020-01-01', null, 'Gujarat Labour Welfare Fund Act 1953 and Labour Welfare Fund (Gujarat) Rules 1962: employer Rs 12 a half-year (June)'),
  ('LWF_EMPLOYER', 'GJ', '12', 0, null, null, 12,  date '2020-01-01', null, 'Gujarat Labour Welfare Fund Act 1953 and Labour Welfare Fund (Gujarat) Rules 1962: employer Rs 12 a half-year (December)');
