-- Daily screens (issue 18). SE-2/PK.1/2024 E.3.c.5 limits visits per region, i.e. per Pemda: a ministry, a
-- university or a bank (the January 2025 report lists banks among the guests) books without using the monthly
-- quota of the region it sits in. Every booking made so far was taken as a Pemda's, as the form assumed.
ALTER TABLE visit ADD COLUMN regional_government BOOLEAN DEFAULT TRUE NOT NULL;

-- Topics in English for the English pages (the Indonesian name stays the office's name; empty falls back to it).
-- A fresh database gets them from reference/topics.csv; these fill the rows an older database already holds.
ALTER TABLE topic ADD COLUMN name_en VARCHAR(200);
UPDATE topic SET name_en = 'General Allocation Fund (DAU)' WHERE code = 'DAU';
UPDATE topic SET name_en = 'Revenue Sharing Fund (DBH)' WHERE code = 'DBH';
UPDATE topic SET name_en = 'Physical Special Allocation Fund (DAK Fisik)' WHERE code = 'DAK_FISIK';
UPDATE topic SET name_en = 'Non-Physical Special Allocation Fund (DAK Non Fisik)' WHERE code = 'DAK_NONFISIK';
UPDATE topic SET name_en = 'Regional Taxes and Levies (PDRD)' WHERE code = 'PDRD';
UPDATE topic SET name_en = 'Regional Unit Price Standards (SHSR)' WHERE code = 'SHSR';
UPDATE topic SET name_en = 'Central and Regional Finance Analyst Functional Position (JF AKPD)' WHERE code = 'JFAKPD';
UPDATE topic SET name_en = 'Village Fund (Dana Desa)' WHERE code = 'DANA_DESA';
UPDATE topic SET name_en = 'Fiscal Incentive / DID' WHERE code = 'IF';
UPDATE topic SET name_en = 'Grants (Hibah)' WHERE code = 'HIBAH';
UPDATE topic SET name_en = 'Special Autonomy and Privilege Funds (Otsus/Dais)' WHERE code = 'OTSUS_DAIS';
UPDATE topic SET name_en = 'DKD' WHERE code = 'DKD';
UPDATE topic SET name_en = 'APDT' WHERE code = 'APDT';
UPDATE topic SET name_en = 'Transfers to Regions (general)' WHERE code = 'TRANSFER';
UPDATE topic SET name_en = 'Regional Finance Evaluation' WHERE code = 'EV_KEUDA';
UPDATE topic SET name_en = 'Transfer Fund Evaluation' WHERE code = 'EV_DANA_TRANSFER';
UPDATE topic SET name_en = 'DNKD' WHERE code = 'DNKD';
UPDATE topic SET name_en = 'Applications (SIKD and others)' WHERE code = 'APLIKASI';
UPDATE topic SET name_en = 'Regional Financing' WHERE code = 'PEMBIAYAAN';
UPDATE topic SET name_en = 'Other' WHERE code = 'LAINNYA';
UPDATE topic SET name_en = 'Incoming Letters' WHERE code = 'SURAT_MASUK';
UPDATE topic SET name_en = 'Reservations' WHERE code = 'RESERVASI';
UPDATE topic SET name_en = 'Data Requests' WHERE code = 'PERMINTAAN_DATA';
UPDATE topic SET name_en = 'Not DJPK' WHERE code = 'NON_DJPK';
UPDATE topic SET name_en = 'Spam' WHERE code = 'SPAM';
UPDATE topic SET name_en = 'Complaints' WHERE code = 'PENGADUAN';
UPDATE topic SET name_en = 'Policy Complaints' WHERE code = 'KELUHAN_KEBIJAKAN';
UPDATE topic SET name_en = 'Service Complaints' WHERE code = 'KELUHAN_LAYANAN';
UPDATE topic SET name_en = 'Video Conference' WHERE code = 'VIDEO_CONFERENCE';
UPDATE topic SET name_en = 'Internships' WHERE code = 'MAGANG';

-- The portal's own letters (visit confirmations, PPID notices) take their number from the register's yearly
-- serial ("S-12/PK.1/2026") instead of the booking code or the request's tracking number.
CREATE TABLE letter_counter (
    counter_year INTEGER PRIMARY KEY,
    last_value   INTEGER NOT NULL
);
