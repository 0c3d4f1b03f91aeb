/** Marks table header rows `data-pagefind-ignore`, so search excerpts never read "Source Relation Target Quad Evidence". */
export function quietTableHeads(html: string): string {
  return html.replace(/<thead(?=[\s>])/g, '<thead data-pagefind-ignore');
}
