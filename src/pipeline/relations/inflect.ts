// English verb morphology for `~verb` frame elements. Irregular forms are
// listed here because they are grammar, not vocabulary: the frames stay data.

/** Past tense and participle of irregular verbs: base -> [past, participle]. */
const irregular: Record<string, readonly [string, string]> = {
  be: ['was', 'been'], have: ['had', 'had'], do: ['did', 'done'], meet: ['met', 'met'], hold: ['held', 'held'],
  fight: ['fought', 'fought'], strike: ['struck', 'struck'], send: ['sent', 'sent'], give: ['gave', 'given'],
  lead: ['led', 'led'], seek: ['sought', 'sought'], shoot: ['shot', 'shot'], speak: ['spoke', 'spoken'],
  tell: ['told', 'told'], take: ['took', 'taken'], sell: ['sold', 'sold'], bring: ['brought', 'brought'],
  buy: ['bought', 'bought'], win: ['won', 'won'], lose: ['lost', 'lost'], withdraw: ['withdrew', 'withdrawn'],
  hit: ['hit', 'hit'], cut: ['cut', 'cut'], put: ['put', 'put'], make: ['made', 'made'], go: ['went', 'gone'],
  get: ['got', 'got'], say: ['said', 'said'], see: ['saw', 'seen'], break: ['broke', 'broken'],
  grow: ['grew', 'grown'], throw: ['threw', 'thrown'], forbid: ['forbade', 'forbidden'], stand: ['stood', 'stood'],
  pay: ['paid', 'paid'], lay: ['laid', 'laid'], build: ['built', 'built'], spend: ['spent', 'spent'],
  swear: ['swore', 'sworn'], overrun: ['overran', 'overrun'], shut: ['shut', 'shut'], set: ['set', 'set'],
  sign: ['signed', 'signed'], begin: ['began', 'begun'], arise: ['arose', 'arisen'], beat: ['beat', 'beaten'],
};

/** Forms of `be` beyond the regular table. */
const beForms = ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'];

/** Verbs that double their last consonant (ban -> banned): one short vowel before one consonant. */
const doubles = /^[^aeiou]*[aeiou][bdgmnprt]$/;

/** Every form of a verb: base, third person, past, participle and -ing. */
export function inflect(base: string): string[] {
  if (base === 'be') return beForms;
  const [past, participle] = irregular[base] ?? [pastOf(base), pastOf(base)];
  // British spelling doubles a final l after one vowel (travelled, labelled).
  const british = /[^aeiou][aeiou]l$/.test(base) ? [`${base}led`, `${base}ling`] : [];
  return [...new Set([base, thirdPerson(base), past, participle, ingOf(base), ...british])];
}

/** The past participles of a verb, for passives ("attacked by"). */
export function participles(base: string): string[] {
  const known = irregular[base];
  if (known) return [known[1]];
  return /[^aeiou][aeiou]l$/.test(base) ? [pastOf(base), `${base}led`] : [pastOf(base)];
}

function thirdPerson(v: string): string {
  if (v === 'have') return 'has';
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  return `${v}s`;
}

function pastOf(v: string): string {
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (doubles.test(v)) return `${v}${v.at(-1)}ed`;
  return `${v}ed`;
}

function ingOf(v: string): string {
  if (v === 'be') return 'being';
  if (/ie$/.test(v)) return `${v.slice(0, -2)}ying`;
  if (/[^e]e$/.test(v)) return `${v.slice(0, -1)}ing`;
  if (doubles.test(v)) return `${v}${v.at(-1)}ing`;
  return `${v}ing`;
}
