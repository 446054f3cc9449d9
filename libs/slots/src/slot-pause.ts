/**
 * The pause a company's lost standing (Albo suspension, revocation, lapse, leaving the board)
 * puts on its open slots: the HR intake pause with no end day, so that search, intake and the
 * portal already treat it as a pause, and only HR lifts it, once the company may act again.
 */
export const PAUSED_UNTIL_RESUMED = '9999-12-31';

