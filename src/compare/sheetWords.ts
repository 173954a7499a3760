import { CATALOG_TABLE_WORDS } from "./catalogTableWords";
import { FORECAST_WORDS } from "./forecastWords";
import { LADDER_WORDS } from "./ladderWords";
import { LEDGER_WORDS } from "./ledgerGrid";
import { PACK_LEDGER_WORDS } from "./packLedgerSheet";
import { PLAN_WORDS } from "./planWords";
import { PORTABLE_WORDS } from "./portable/words";
import { PRICE_CHANGES_WORDS } from "./priceChangesWords";
import { PRICE_HISTORY_WORDS } from "./priceHistoryWords";

/**
 * The word table of every generated sheet, by sheet: one catalogue of the sheets' words
 * (each table keeps its own module beside its builder). test/sheet-words.test.ts renders every
 * text of every table in both languages and fails on a missing, empty or mis-worded one.
 */
export const SHEET_WORDS = {
  forecast: FORECAST_WORDS,
  ladder: LADDER_WORDS,
  plan: PLAN_WORDS,
  priceChanges: PRICE_CHANGES_WORDS,
  priceHistory: PRICE_HISTORY_WORDS,
  catalogTable: CATALOG_TABLE_WORDS,
  portable: PORTABLE_WORDS,
  ledgerGrid: LEDGER_WORDS,
  packLedger: PACK_LEDGER_WORDS,
} as const;
