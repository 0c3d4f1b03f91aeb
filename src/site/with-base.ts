/** A site path (`actors/iran/`, `/actors/iran/`) under the configured base (`/` or `/<repo>/`). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}
