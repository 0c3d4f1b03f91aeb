// The passes that grow actor phrases out of single mentions: abbreviations,
// possessives, stand-in nouns, modifiers and titles (all before lists are joined).
import type { Unit, WordUnit } from './units.ts';
import type { FrameBook } from './verb-frames.ts';

/** "Shanghai Cooperation Organisation ( SCO )": an abbreviation in brackets after its actor is part of the phrase. */
export function absorbAbbreviations(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const [u, open, abbr, close] = [units[i]!, units[i + 1], units[i + 2], units[i + 3]];
    const same = u.kind === 'phrase' && abbr?.kind === 'phrase' && abbr.actors.join() === u.actors.join();
    if (same && open?.kind === 'word' && open.text === '(' && close?.kind === 'word' && close.text === ')') {
      out.push({ ...u, end: close.end });
      i += 3;
    } else out.push(u);
  }
  return out;
}

/** "Iran" + "'s" -> a possessive phrase. */
export function absorbPossessives(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const last = out.at(-1);
    if (u.kind === 'word' && (u.lower === "'s" || u.lower === "'") && last?.kind === 'phrase' && !last.possessive) {
      last.possessive = true;
      last.end = u.end;
    } else out.push(u);
  }
  return out;
}

/**
 * "Israeli officials", "Iran's government": stand-in nouns after a phrase become part of it;
 * "the leaders of Qatar", "representatives from Iran": a stand-in and "of"/"from" before a phrase too.
 */
export function absorbStandins(units: Unit[], book: FrameBook): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const last = out.at(-1);
    const [noun, of] = [out.at(-2), out.at(-1)];
    const ofOrFrom = of?.kind === 'word' && (of.lower === 'of' || of.lower === 'from');
    if (u.kind === 'phrase' && !u.person && u.actors.length && ofOrFrom && noun?.kind === 'word' && book.classes.standin.has(noun.lower)) {
      out.length -= 2;
      out.push({ ...u, start: noun.start });
      continue;
    }
    const absorbed = last?.kind === 'phrase' && !last.person && last.actors.length > 0 && u.kind === 'word' && book.classes.standin.has(u.lower);
    if (absorbed && last.kind === 'phrase') Object.assign(last, { end: u.end, possessive: false, demonym: false, headed: last.demonym || last.headed });
    else out.push(u);
  }
  return out;
}

/**
 * "Lebanese Hezbollah", "UN Security Council": a phrase right before another one (no person,
 * no possessive) is its modifier; the second is the head.
 */
export function joinModifiers(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const last = out.at(-1);
    if (u.kind === 'phrase' && last?.kind === 'phrase' && !last.person && !last.possessive && u.actors.length) {
      out[out.length - 1] = { ...u, start: last.start };
    } else out.push(u);
  }
  return out;
}

/**
 * "Iran's Foreign Minister Abbas Araghchi", "top Russian diplomat Sergey Lavrov", "his British
 * counterpart, David Lammy": the person is the head.
 */
export function joinTitles(units: Unit[], book: FrameBook): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    if (u.kind === 'phrase' && u.person && u.actors.length) {
      const title = out.at(-2);
      if (out.at(-1)?.kind === 'word' && (out.at(-1) as WordUnit).text === ',' && title?.kind === 'word' && book.classes.modifier.has(title.lower)) out.pop();
      let k = out.length;
      while (k > 0 && out.length - k < 8 && isTitlePart(out[k - 1]!, book)) k--;
      if (k < out.length) u.start = out[k]!.start;
      out.length = k;
    }
    out.push(u);
  }
  return out;
}

function isTitlePart(u: Unit, book: FrameBook): boolean {
  if (u.kind === 'phrase') return !u.person && !u.group;
  if (book.classes.modifier.has(u.lower) || book.titleWords.has(u.lower)) return true;
  return /^\p{Lu}/u.test(u.text) && u.lower !== 'i';
}
