/**
 * The editable price table, both ways (compare/catalogTable.ts): a chunk of its own
 * (price-table.js, beside the pane's page), fetched when a version is first exported as a table
 * or read back from one, so the pane's script stays within its budget.
 */
export const loadPriceTable = (): Promise<typeof import("../compare/catalogTable")> =>
  import(/* webpackChunkName: "price-table" */ "../compare/catalogTable");
