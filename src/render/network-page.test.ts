import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { type NetworkData, NetworkTie } from '../model/index.ts';
import { networkTableId, renderNetworkPage } from './network-page.ts';

const tie = (source: string, target: string, count: number, symmetric = false) =>
  NetworkTie.parse({ source, target, cameo: '11', event: 'disapprove', quad: 'verbal-conflict', symmetric, count, reported: 0, briefings: ['war-of-the-ring'] });
const data = (ties: NetworkData['ties'], diagramEdges = 20): NetworkData => ({ title: 'Strongest relations', diagramEdges, ties });
const actors = [
  { id: 'gondor', name: 'Gondor', type: 'country' as const, weight: 9 },
  { id: 'mordor', name: 'Mordor', type: 'country' as const, weight: 7 },
  { id: 'rohan', name: 'Rohan', type: 'country' as const, weight: 5 },
  { id: 'dale', name: 'Dale', type: 'country' as const, weight: 1 },
];
const split = (text: string) => /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;

describe('renderNetworkPage', () => {
  it('keeps every tie in the front matter and draws the strongest in one Mermaid block, arrows pointing from source to target', () => {
    const network = data([tie('mordor', 'gondor', 3), tie('gondor', 'rohan', 1)], 1);
    const [, front, body] = split(renderNetworkPage(network, actors));
    expect(yaml.load(front!)).toEqual(network);
    expect(body).toMatch(/```mermaid\nflowchart LR\n/);
    expect(body).toMatch(/n1 -\.->\|"[^"]*#215;3"\| n0/); // Gondor is n0, Mordor n1: Mordor → Gondor
    expect(body).not.toContain('Rohan');
  });

  it('draws a symmetric tie as a plain link', () => {
    const [, , body] = split(renderNetworkPage(data([tie('gondor', 'mordor', 2, true)]), actors));
    expect(body).toMatch(/n0 -\.-\|/);
    expect(body).not.toMatch(/-\.->|<-/);
  });

  it('chooses among equal ties by the weight of their actors, not by name, and says how many it shows with a link to the table', () => {
    const [, , body] = split(renderNetworkPage(data([tie('dale', 'gondor', 1), tie('rohan', 'mordor', 1), tie('gondor', 'mordor', 1)], 2), actors));
    expect(body).not.toContain('Dale');
    expect(body).toContain(`Diagram: 2 of 3 links shown (2 of 3 relations), the strongest by count; see [the full table](#${networkTableId}).`);
  });

  it('says nothing about coverage when every tie is drawn', () => {
    const [, , body] = split(renderNetworkPage(data([tie('gondor', 'mordor', 1)]), actors));
    expect(body).not.toContain('Diagram:');
  });

  it('writes no diagram when there is no tie', () => {
    const [, front, body] = split(renderNetworkPage(data([]), actors));
    expect(yaml.load(front!)).toEqual(data([]));
    expect(body).toBe('');
  });

  it('refuses data the site would reject', () => {
    expect(() => renderNetworkPage({ ...data([]), diagramEdges: -1 }, actors)).toThrow();
  });
});
