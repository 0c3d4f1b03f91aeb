// The generator styles diagrams for a light page (pale fills, dark label text). On a dark page
// those colours keep their hue but swap lightness: fills go dark, text and strokes go light.

/** Target lightness (0-1) per style property in dark mode. */
const darkLightness: Record<string, number> = { fill: 0.2, color: 0.8, stroke: 0.65 };

/** `#abc` or `#aabbcc` as [r, g, b] in 0-1; undefined for anything else. */
function parseHex(hex: string): [number, number, number] | undefined {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d) : hex.length === 7 ? [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)] : [];
  const rgb = digits.map((d) => parseInt(d, 16) / 255);
  return rgb.length === 3 && rgb.every((c) => !Number.isNaN(c)) ? (rgb as [number, number, number]) : undefined;
}

/** Hue (0-1) and saturation (0-1) of an RGB colour. */
function hueSaturation([r, g, b]: [number, number, number]): [number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  if (d === 0) return [0, 0];
  const l = (max + min) / 2;
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + (g < b ? 6 : 0)) / 6 : max === g ? ((b - r) / d + 2) / 6 : ((r - g) / d + 4) / 6;
  return [h, Math.min(s, 1)];
}

/** `#rrggbb` for a hue, saturation and lightness, all 0-1. */
function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h * 12) % 12;
    const v = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** One colour moved to the dark-mode lightness of its property; unknown properties and values stay. */
export function darkColour(property: string, hex: string): string {
  const target = darkLightness[property];
  const rgb = parseHex(hex.toLowerCase());
  if (target === undefined || !rgb) return hex;
  const [h, s] = hueSaturation(rgb);
  return hslToHex(h, Math.min(s, 0.6), target);
}

/** Mermaid source with every `fill`, `color` and `stroke` in style lines (classDef, linkStyle, style) made dark-friendly. */
export function darkDiagram(source: string): string {
  return source
    .split('\n')
    .map((line) => (/^\s*(classDef|linkStyle|style)\s/.test(line) ? line.replace(/\b(fill|color|stroke):(#[0-9a-fA-F]{3,6})\b/g, (_, p: string, hex: string) => `${p}:${darkColour(p, hex)}`) : line))
    .join('\n');
}
