// Labels that would break or hijack a Mermaid diagram if written raw; shared by the label and diagram tests.

/** Hostile label texts. */
export const nastyLabels = [
  'end',
  'click x call alert(1)',
  '%%{init: {"theme": "forest"}}%%',
  'A --> B',
  '"];alert(1)//',
  '<script>alert(1)</script>',
  'style n0 fill:#f00',
  'classDef x fill:#f00;',
  'subgraph S',
  '`**markdown**`',
  'a | b ; c # d',
  'line\nbreak\r\nand\ttab',
  '[x](javascript:alert(1))',
  '#quot; #35;',
  'x\u200b\u0000y',
  '}{',
  'line\nbreak',
];
