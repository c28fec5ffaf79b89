// Sample sizes below which a KPI is shown as "insufficient data" instead of rated. Only the survey
// figure has a published basis; the others are Vahti's convention ([S]), chosen so that a rating
// does not flip on a handful of contacts.

/** Survey KPIs (FCR, CSAT, CES, NPS): n ≈ 100 answers per period (kpi-catalog §7.3; SQM itself uses 400 per centre). */
export const MIN_SURVEY_ANSWERS = 100;

/** Means and queue rates (ASA, AHT, service level): 30, the usual floor for a normal-approximation interval ([S]). */
export const MIN_MEAN_SAMPLE = 30;

/** Shares of handled contacts: 50, where a 95 % Wilson interval is still about ±14 pp at 50 % ([S]). */
export const MIN_SHARE_SAMPLE = 50;
