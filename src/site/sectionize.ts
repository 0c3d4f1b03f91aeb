/** Wraps each `<h2>` and what follows it in `<section class="part part-<id>">`, so CSS can lay sections out. */
export function sectionize(html: string): string {
  const parts = html.split(/(?=<h2[\s>])/);
  return parts
    .map((part) => {
      const id = /^<h2[^>]*\sid="([^"]+)"/.exec(part)?.[1];
      return id === undefined ? part : `<section class="part part-${id}">${part}</section>`;
    })
    .join('');
}
