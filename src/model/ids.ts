import { z } from 'zod';

/** A stable actor identifier, kebab-case ASCII: `abbas-araghchi`, `iran`. */
export const ActorId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).brand<'ActorId'>();
export type ActorId = z.infer<typeof ActorId>;

/** A briefing's URL segment, kebab-case ASCII. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).brand<'Slug'>();
export type Slug = z.infer<typeof Slug>;

/** Lowercase ASCII kebab-case of any text; accents folded, everything else dropped; cut to `maxLength` at a word boundary. */
export function kebab(text: string, maxLength = 80): string {
  const out = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (out.length <= maxLength) return out;
  // Note: the character after the limit tells whether the last word ends there; a single overlong word is cut hard.
  const end = out.slice(0, maxLength + 1).lastIndexOf('-');
  return (end > 0 ? out.slice(0, end) : out.slice(0, maxLength)).replace(/-+$/, '');
}

/** The actor id for a name, or `actor` when the name has no ASCII letters left. */
export function actorId(name: string): ActorId {
  return (kebab(name) || 'actor') as ActorId;
}
