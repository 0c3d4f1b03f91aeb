import { withBase } from './with-base.ts';

/** Rewrites root-relative links (`href="/actors/x/"`) in rendered Markdown so they work under a base path. */
export function rebaseHtml(html: string, base: string = import.meta.env.BASE_URL): string {
  if (base === '/' || base === '') return html;
  return html.replace(/\shref="\/(?!\/)/g, (match) => match.slice(0, -1) + withBase('/', base));
}
