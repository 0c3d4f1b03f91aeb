/** True when rendered Markdown holds a ```mermaid block, so the page needs the diagram script. */
export function hasDiagram(html: string | undefined): boolean {
  return html?.includes('<code class="language-mermaid"') ?? false;
}
