// Builders for corpus tests: small fictional briefings (Arnor, Gondor, Aragorn).
import { loadLexicon } from '../lexicon/load.ts';
import { type GivenNames, noGivenNames } from '../names/given-names.ts';
import { type MergeTools, prepareMerge } from './merge-actors.ts';
import { type ActorId, type ActorType, BriefingActor, BriefingData, type Modality, type Quote, type Relation, cameoNames, quadOf } from '../model/index.ts';

/** A briefing actor: `[id, name, type]` plus optional fields. */
export function actor(id: string, name: string, type: ActorType = 'person', more: Partial<BriefingActor> = {}): BriefingActor {
  return BriefingActor.parse({ id, name, type, aliases: [], mentions: 1, ...more });
}

/** A relation from `source` to `target` with a CAMEO code, citing `sentence`, stated as fact unless `modality` says otherwise. */
export function relation(source: string, target: string, cameo: Relation['cameo'], sentence = 0, symmetric = false, modality: Modality = 'asserted'): Relation {
  const ids = { source: source as ActorId, target: target as ActorId };
  return { ...ids, type: cameoNames[cameo], verb: 'did', cameo, quad: quadOf(cameo), symmetric, modality, evidence: { sentence, text: `Sentence ${sentence}.` } };
}

/** A quote by an actor of the briefing. */
export function quote(speaker: string, text: string, sentence = 0): Quote {
  return { speaker, speakerIsActor: true, text, sentence };
}

/** A minimal valid briefing. */
export function briefing(slug: string, actors: BriefingActor[], more: Partial<BriefingData> = {}): BriefingData {
  return BriefingData.parse({
    title: `Briefing ${slug}`,
    titleSource: 'lead',
    slug,
    seed: `${slug}.txt`,
    language: 'en',
    summary: '',
    keyPoints: [],
    actors,
    relations: [],
    quotes: [],
    timeline: [],
    warnings: [],
    ...more,
  });
}

/** The merge's tools from the real word lists, with the given short forms (none unless a test names some). */
export function mergeTools(short: GivenNames = noGivenNames): MergeTools {
  return { ...prepareMerge({ givenNames: short, words: loadLexicon().words }), short };
}
