// Wording shared by pages: dates, quad classes, actor types.
import type { ActorType, Quad } from '../model/index.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-11-05` → `5 November 2024`; `2024-11` → `November 2024`; `2024` stays. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month === undefined ? undefined : months[Number(month) - 1];
  if (monthName === undefined) return year ?? iso;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** `verbal-cooperation` → `verbal cooperation`. */
export function quadLabel(quad: Quad): string {
  return quad.replace('-', ' ');
}

/** Plural headings for the actors index, in display order. */
export const actorTypeHeadings: Record<ActorType, string> = {
  person: 'People',
  country: 'Countries',
  organization: 'Organizations',
  group: 'Groups',
  media: 'Media',
};
