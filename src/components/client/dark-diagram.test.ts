import { describe, expect, it } from 'vitest';
import { darkColour, darkDiagram } from './dark-diagram.ts';

describe('darkColour', () => {
  it.each([
    ['fill', '#fff8e1', '#524314'],
    ['fill', '#e3f2fd', '#143852'],
    ['color', '#1b5e20', '#b0e8b4'],
    ['stroke', '#c62828', '#db7070'],
    ['stroke-width', '#c62828', '#c62828'],
    ['fill', 'red', 'red'],
    ['fill', '#fff', '#333333'],
  ])('%s %s → %s', (property, hex, expected) => {
    expect(darkColour(property, hex)).toBe(expected);
  });
});

describe('darkDiagram', () => {
  it('changes colours in style lines only', () => {
    const source = ['flowchart LR', '  n0["#fff8e1"]', '  linkStyle 0,1 stroke:#c62828,stroke-width:3px,color:#b71c1c', '  classDef person fill:#fff8e1,stroke:#8d6e63'].join('\n');
    expect(darkDiagram(source).split('\n')).toEqual([
      'flowchart LR',
      '  n0["#fff8e1"]',
      '  linkStyle 0,1 stroke:#db7070,stroke-width:3px,color:#ebadad',
      '  classDef person fill:#524314,stroke:#b59e96',
    ]);
  });
});
