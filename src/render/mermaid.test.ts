import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActorRelation, CameoCode, Quad } from '../model/index.ts';
import { maxEdgeLabel, mermaidLabel, mermaidPlainText } from './mermaid-label.ts';
import { type DiagramActor, type DiagramRelation, egoDiagram, networkFigure, relationDiagram, relationFigure } from './mermaid.ts';
import { nastyLabels } from './nasty-labels.ts';


const actors: DiagramActor[] = [
  { id: 'gondor', name: 'Gondor', type: 'country' },
  { id: 'arnor', name: 'Arnor', type: 'country' },
  { id: 'aragorn', name: 'Aragorn son of Arathorn', type: 'person' },
];

function rel(source: string, target: string, type: string, quad: Quad, symmetric = false): DiagramRelation {
  return { source, target, type, quad, symmetric };
}

describe('relationDiagram', () => {
  it('draws sorted node ids, deduplicated edges with counts, quad styles and accessibility lines', () => {
    const code = relationDiagram(
      actors,
      [
        rel('gondor', 'arnor', 'consult', 'verbal-cooperation', true),
        rel('arnor', 'gondor', 'consult', 'verbal-cooperation', true),
        rel('aragorn', 'gondor', 'fight', 'material-conflict'),
        rel('aragorn', 'aragorn', 'appeal', 'verbal-cooperation'),
      ],
      { title: 'Relations in the North' },
    );
    expect(code?.lang).toBe('mermaid');
    expect(code?.value).toBe(
      [
        'flowchart LR',
        '  accTitle: Relations in the North',
        '  accDescr: 3 actors and 2 relations.',
        '  n0("Aragorn son of Arathorn")',
        '  n1["Arnor"]',
        '  n2["Gondor"]',
        '  n0 ==>|"fight"| n2',
        '  n1 -.-|"consult #215;2"| n2',
        '  linkStyle 1 stroke:#2e7d32,color:#1b5e20',
        '  linkStyle 0 stroke:#c62828,stroke-width:3px,color:#b71c1c',
        '  classDef person fill:#fff8e1,stroke:#8d6e63',
        '  class n0 person',
        '  classDef country fill:#e3f2fd,stroke:#1565c0',
        '  class n1,n2 country',
      ].join('\n'),
    );
  });

  it('is the same whatever the input order', () => {
    const rels = [
      rel('gondor', 'arnor', 'consult', 'verbal-cooperation'),
      rel('arnor', 'gondor', 'threaten', 'verbal-conflict'),
      rel('aragorn', 'arnor', 'provide aid', 'material-cooperation'),
    ];
    const a = relationDiagram(actors, rels, { title: 't' });
    const b = relationDiagram([...actors].reverse(), [...rels].reverse(), { title: 't' });
    expect(a).toEqual(b);
  });

  it('returns undefined when nothing joins two actors', () => {
    expect(relationDiagram(actors, [], { title: 't' })).toBeUndefined();
  });

  it('keeps the strongest edges when capped', () => {
    const rels = [
      { ...rel('gondor', 'arnor', 'consult', 'verbal-cooperation'), count: 5 },
      { ...rel('aragorn', 'arnor', 'appeal', 'verbal-cooperation'), count: 1 },
      { ...rel('aragorn', 'gondor', 'fight', 'material-conflict'), count: 3 },
    ];
    const value = relationDiagram(actors, rels, { title: 't', maxEdges: 2 })?.value ?? '';
    expect(value).toContain('consult #215;5');
    expect(value).toContain('fight #215;3');
    expect(value).not.toContain('appeal');
  });

  describe('among edges of equal count, chooses by weight, never by name', () => {
    const cast: DiagramActor[] = [
      { id: 'aaa-minor', name: 'Aaa Minor', weight: 1 },
      { id: 'zzz-major', name: 'Zzz Major', weight: 9 },
      { id: 'hub', name: 'Hub', weight: 5 },
      { id: 'mmm', name: 'Mmm', weight: 1 },
    ];
    const drawn = (rels: DiagramRelation[], max = 1) => relationFigure(cast, rels, { title: 't', maxEdges: max });

    it('keeps the edge between heavier actors, whatever their names', () => {
      const figure = drawn([rel('hub', 'aaa-minor', 'consult', 'verbal-cooperation'), rel('hub', 'zzz-major', 'consult', 'verbal-cooperation')]);
      expect(figure?.code.value).toContain('Zzz Major');
      expect(figure?.code.value).not.toContain('Aaa Minor');
    });

    it('prefers two prominent actors to one very prominent actor and a minor one', () => {
      const heavy: DiagramActor[] = [{ id: 'iran', name: 'Iran', weight: 38 }, { id: 'grossi', name: 'Grossi', weight: 2 }, { id: 'us', name: 'United States', weight: 8 }, { id: 'qatar', name: 'Qatar', weight: 10 }];
      const value = relationFigure(heavy, [rel('grossi', 'iran', 'consult', 'verbal-cooperation'), rel('us', 'qatar', 'demand', 'verbal-conflict')], { title: 't', maxEdges: 1 })?.code.value;
      expect(value).toContain('United States');
      expect(value).not.toContain('Grossi');
    });

    it('then the edge of the better-connected actors, then the earliest sentence', () => {
      const busy = [rel('aaa-minor', 'hub', 'fight', 'material-conflict'), { ...rel('mmm', 'hub', 'consult', 'verbal-cooperation'), count: 3 }];
      const tie = [{ ...rel('aaa-minor', 'zzz-major', 'fight', 'material-conflict'), order: 7 }, { ...rel('mmm', 'zzz-major', 'fight', 'material-conflict'), order: 2 }];
      // Equal weights (1 + 9): Mmm takes part in more relations than Aaa Minor.
      const value = drawn([...busy, rel('aaa-minor', 'zzz-major', 'appeal', 'verbal-cooperation'), rel('mmm', 'zzz-major', 'appeal', 'verbal-cooperation')], 2)?.code.value;
      expect(value).toContain('appeal');
      expect(value).not.toContain('Aaa Minor');
      expect(drawn(tie)?.code.value).toContain('Mmm');
      expect(drawn([...tie].reverse())?.code.value).toContain('Mmm');
    });

    it('counts what it drew and what there was', () => {
      const figure = drawn([{ ...rel('hub', 'zzz-major', 'consult', 'verbal-cooperation'), count: 4 }, rel('hub', 'mmm', 'appeal', 'verbal-cooperation'), rel('mmm', 'mmm', 'appeal', 'verbal-cooperation')]);
      expect([figure?.drawn, figure?.total]).toEqual([{ edges: 1, relations: 4 }, { edges: 2, relations: 5 }]);
    });
  });
});

describe('modality in diagrams', () => {
  const stated = (r: DiagramRelation, modality: DiagramRelation['modality']): DiagramRelation => ({ ...r, modality });

  it('draws asserted and reported relations only, a reported one as its own edge labelled so', () => {
    const figure = relationFigure(actors, [
      stated(rel('gondor', 'arnor', 'fight', 'material-conflict'), 'asserted'),
      stated(rel('gondor', 'arnor', 'fight', 'material-conflict'), 'reported'),
      stated(rel('aragorn', 'gondor', 'accuse', 'verbal-conflict'), 'denied'),
      stated(rel('arnor', 'aragorn', 'consult', 'verbal-cooperation', true), 'hypothetical'),
    ], { title: 't' });
    const value = figure?.code.value ?? '';
    expect(value).toMatch(/n\d ==>\|"fight"\| n\d/);
    expect(value).toMatch(/n\d ==>\|"fight \(reported\)"\| n\d/);
    expect(value).not.toContain('accuse');
    expect(value).not.toContain('consult');
    expect([figure?.drawn, figure?.total, figure?.notTies]).toEqual([{ edges: 2, relations: 2 }, { edges: 4, relations: 4 }, 2]);
  });

  it('draws nothing when every relation is denied or hypothetical', () => {
    expect(relationFigure(actors, [stated(rel('gondor', 'arnor', 'fight', 'material-conflict'), 'denied')], { title: 't' })).toBeUndefined();
  });
});

describe('networkFigure and modality', () => {
  it('draws the reported part of a tie as its own edge, labelled so', () => {
    const figure = networkFigure(actors, [{ source: 'gondor', target: 'arnor', event: 'fight', quad: 'material-conflict', symmetric: false, count: 3, reported: 1 }], { title: 't' });
    expect(figure?.code.value).toMatch(/n\d ==>\|"fight #215;2"\| n\d/);
    expect(figure?.code.value).toMatch(/n\d ==>\|"fight \(reported\)"\| n\d/);
    expect([figure?.drawn, figure?.total]).toEqual([{ edges: 2, relations: 3 }, { edges: 2, relations: 3 }]);
  });
});

describe('egoDiagram', () => {
  const relations: ActorRelation[] = Array.from({ length: 20 }, (_, i) => ({
    other: `realm-${String(i).padStart(2, '0')}` as ActorRelation['other'],
    direction: i % 3 === 0 ? 'in' : i % 3 === 1 ? 'out' : 'both',
    cameo: '04' as CameoCode,
    type: 'consult',
    quad: 'verbal-cooperation',
    modality: 'asserted',
    count: i + 1,
    evidence: [],
  }));
  it('caps edges at 15, keeps the strongest and marks the centre', () => {
    const value = egoDiagram(actors[2]!, [], relations, { title: 'Aragorn' })?.value ?? '';
    expect(value.match(/-\.->?\|/g)).toHaveLength(15);
    expect(value).not.toContain('realm-04');
    expect(value).toContain('realm-05');
    expect(value).toMatch(/class n0 center/);
    expect(value).toContain('n2 -.->|"consult #215;7"| n0'); // realm-06 is "in"
    expect(value).toContain('n0 -.-|"consult #215;6"| n1'); // realm-05 is "both"
  });
});

// Mermaid's own parser: every diagram must parse, and nastyLabels labels must come
// out as plain text of exactly the nodes and edges we drew.
describe('Mermaid parses what we write', () => {
  let getDiagram: (text: string) => Promise<{ db: FlowDb }>;
  interface FlowDb {
    getVertices(): Map<string, { id: string; text?: string; link?: string; classes: string[] }>;
    getEdges(): { start: string; end: string; text: string }[];
    getAccTitle(): string;
    getAccDescription(): string;
  }
  beforeAll(async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    const { default: mermaid } = await import('mermaid');
    // Note: parse() registers the diagram types; it throws on any syntax error.
    getDiagram = async (text) => {
      await mermaid.parse(text);
      return mermaid.mermaidAPI.getDiagramFromText(text) as unknown as Promise<{ db: FlowDb }>;
    };
  });

  const named: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };
  // Mermaid keeps entity codes as placeholders (`ﬂ°°35¶ß`) until it renders.
  const decode = (n: string) => named[n] ?? String.fromCodePoint(Number(n));
  const fromMermaid = (s: string) => s.replace(/ﬂ°°?(\w+)¶ß/g, (_, n: string) => decode(n));
  const fromLabel = (s: string) => s.replace(/#(\w+);/g, (_, n: string) => decode(n));

  it.each(nastyLabels)('label %j parses into exactly two nodes and one edge, text intact', async (label) => {
    const diagramActors: DiagramActor[] = [
      { id: 'a', name: label, type: 'person' },
      { id: 'b', name: `${label} 2`, type: 'group' },
    ];
    const code = relationDiagram(diagramActors, [{ source: 'a', target: 'b', type: label, quad: 'material-conflict', symmetric: false }], {
      title: label,
      description: label,
    });
    const { db } = await getDiagram(code?.value ?? '');
    const vertices = [...db.getVertices().values()];
    expect(vertices.map((v) => v.id)).toEqual(['n0', 'n1']);
    expect(vertices.every((v) => v.link === undefined)).toBe(true);
    expect(vertices.flatMap((v) => v.classes).sort()).toEqual(['group', 'person']);
    expect(fromMermaid(vertices[0]?.text ?? '')).toBe(fromLabel(mermaidLabel(label)));
    expect(db.getEdges()).toHaveLength(1);
    expect(db.getEdges()[0]).toMatchObject({ start: 'n0', end: 'n1' });
    expect(fromMermaid(db.getEdges()[0]?.text ?? '')).toBe(fromLabel(mermaidLabel(label, maxEdgeLabel)));
    expect(db.getAccTitle()).toBe(mermaidPlainText(label));
    expect(db.getAccDescription()).toBe(mermaidPlainText(label, 400));
  });

  it('parses an ego diagram with symmetric and directed edges', async () => {
    const code = egoDiagram(actors[1]!, actors, [
      { other: 'gondor' as ActorRelation['other'], direction: 'both', cameo: '04', type: 'consult', quad: 'verbal-cooperation', modality: 'asserted', count: 2, evidence: [] },
      { other: 'aragorn' as ActorRelation['other'], direction: 'in', cameo: '07', type: 'provide aid', quad: 'material-cooperation', modality: 'reported', count: 1, evidence: [] },
      { other: 'aragorn' as ActorRelation['other'], direction: 'out', cameo: '19', type: 'fight', quad: 'material-conflict', modality: 'denied', count: 1, evidence: [] },
    ], { title: 'Arnor' });
    const { db } = await getDiagram(code?.value ?? '');
    // The denied fight is no edge; the reported aid is one, labelled so.
    expect(db.getEdges()).toHaveLength(2);
    expect(code?.value).toContain('"aid (reported)"');
  });

  it('draws a network with directed ties as arrows and symmetric ones as plain links, the heaviest kept', async () => {
    const tie = (source: string, target: string, event: string, quad: Quad, symmetric: boolean, count: number) => ({ source, target, event, quad, symmetric, count, reported: 0 });
    const figure = networkFigure(actors, [
      tie('arnor', 'gondor', 'consult', 'verbal-cooperation', true, 4),
      tie('gondor', 'arnor', 'fight', 'material-conflict', false, 2),
      tie('aragorn', 'gondor', 'accuse', 'verbal-conflict', false, 1),
    ], { title: 'The corpus', maxEdges: 2 });
    expect(figure?.code.value).toContain('-.-|"consult #215;4"|');
    expect(figure?.code.value).toMatch(/n\d ==>\|"fight #215;2"\| n\d/);
    expect(figure?.code.value).not.toContain('accuse');
    expect([figure?.drawn, figure?.total]).toEqual([{ edges: 2, relations: 6 }, { edges: 3, relations: 7 }]);
    const { db } = await getDiagram(figure?.code.value ?? '');
    expect(db.getEdges()).toHaveLength(2);
  });
});
