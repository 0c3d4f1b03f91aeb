// How many events a timeline page holds. 200 keeps a page light on a large corpus;
// DOSSIER_TIMELINE_PAGE_SIZE (a positive integer, read at build) makes pages small
// enough that a small site (the e2e fixture's three events) has a second page to test.

/** The default number of events per timeline page. */
export const defaultTimelinePageSize = 200;

/** Events per timeline page from `value` (the environment variable's text): the default when unset or not a positive integer. */
export function timelinePageSize(value: string | undefined = process.env.DOSSIER_TIMELINE_PAGE_SIZE): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : defaultTimelinePageSize;
}
