import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { type NetworkData, NetworkEdge } from '../model/index.ts';
import { renderNetworkPage } from './network-page.ts';

const edge = (a: string, b: string, count: number) => NetworkEdge.parse({ a, b, quad: 'verbal-conflict', count, types: ['accuse'], briefings: ['war-of-the-ring'] });
const data = (edges: NetworkData['edges'], diagramEdges = 20): NetworkData => ({ title: 'Strongest relations', diagramEdges, edges });
const actors = [{ id: 'gondor', name: 'Gondor', type: 'country' as const }, { id: 'mordor', name: 'Mordor', type: 'country' as const }, { id: 'rohan', name: 'Rohan', type: 'country' as const }];
const split = (text: string) => /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;

describe('renderNetworkPage', () => {
  it('keeps every edge in the front matter and draws the strongest in one Mermaid block', () => {
    const network = data([edge('gondor', 'mordor', 3), edge('gondor', 'rohan', 1)], 1);
    const [, front, body] = split(renderNetworkPage(network, actors));
    expect(yaml.load(front!)).toEqual(network);
    expect(body).toMatch(/^```mermaid\nflowchart LR\n/);
    expect(body).toContain('Mordor');
    expect(body).not.toContain('Rohan');
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
