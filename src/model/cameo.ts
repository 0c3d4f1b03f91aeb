import { z } from 'zod';

/** The four CAMEO quad classes. */
export const Quad = z.enum(['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict']);
export type Quad = z.infer<typeof Quad>;

/** A CAMEO root code, "01" to "20". */
export const CameoCode = z.enum([
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10',
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '20',
]);
export type CameoCode = z.infer<typeof CameoCode>;

/** CAMEO root names, as the codebook gives them. */
export const cameoNames: Record<CameoCode, string> = {
  '01': 'make public statement',
  '02': 'appeal',
  '03': 'express intent to cooperate',
  '04': 'consult',
  '05': 'engage in diplomatic cooperation',
  '06': 'engage in material cooperation',
  '07': 'provide aid',
  '08': 'yield',
  '09': 'investigate',
  '10': 'demand',
  '11': 'disapprove',
  '12': 'reject',
  '13': 'threaten',
  '14': 'protest',
  '15': 'exhibit force posture',
  '16': 'reduce relations',
  '17': 'coerce',
  '18': 'assault',
  '19': 'fight',
  '20': 'use unconventional mass violence',
};

const shortLabels: Record<CameoCode, string> = {
  '01': 'statement', '02': 'appeal', '03': 'pledge', '04': 'consult', '05': 'diplomatic ties',
  '06': 'cooperation', '07': 'aid', '08': 'yield', '09': 'investigate', '10': 'demand',
  '11': 'disapprove', '12': 'reject', '13': 'threaten', '14': 'protest', '15': 'force posture',
  '16': 'cut relations', '17': 'coerce', '18': 'assault', '19': 'fight', '20': 'mass violence',
};

/** Short labels for diagrams, keyed by the root name: "engage in diplomatic cooperation" → "diplomatic ties". */
export const cameoShortLabels: Record<string, string> = Object.fromEntries(
  (Object.entries(cameoNames) as [CameoCode, string][]).map(([code, name]) => [name, shortLabels[code]]),
);

/** The quad class a root code belongs to (01-05, 06-08, 09-13, 14-20). */
export function quadOf(code: CameoCode): Quad {
  const n = Number(code);
  if (n <= 5) return 'verbal-cooperation';
  if (n <= 8) return 'material-cooperation';
  if (n <= 13) return 'verbal-conflict';
  return 'material-conflict';
}
