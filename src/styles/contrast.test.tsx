/**
 * WCAG AA for every colour pair the app paints, in every theme, read from the stylesheet
 * itself so a tweak to a token cannot quietly break it. (A .tsx file only because the
 * jsdom project is the one that collects tests under src/styles.)
 */
import { describe, expect, it } from "vitest";

// Read from disk: Vitest turns `import "./index.css?raw"` into an empty string. The app's
// tsconfig has no Node types, hence the typed dynamic import.
type Fs = { readFileSync(path: string, encoding: "utf8"): string };
const fsModule: string = "node:fs";
const { readFileSync } = (await import(/* @vite-ignore */ fsModule)) as Fs;
// Relative to the project root, where Vitest runs.
const css = readFileSync("src/styles/index.css", "utf8");

const TOKENS = [
  "page",
  "surface",
  "ink",
  "muted",
  "accent",
  "border",
  "mention",
  "mention-strong",
  "focus",
] as const;
type Token = (typeof TOKENS)[number];
type Palette = Record<Token, string>;

/** The `--color-*` declarations of the first block whose selector line matches. */
function block(selector: RegExp): Partial<Palette> {
  const start = css.search(selector);
  if (start < 0) throw new Error(`no block for ${selector}`);
  const body = css.slice(css.indexOf("{", start) + 1, css.indexOf("}", start));
  const palette: Partial<Palette> = {};
  for (const [, name, value] of body.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6});/gi)) {
    palette[name as Token] = value!.toLowerCase();
  }
  return palette;
}

function complete(partial: Partial<Palette>, name: string): Palette {
  for (const token of TOKENS)
    if (!partial[token]) throw new Error(`${name} lacks --color-${token}`);
  return partial as Palette;
}

const light = complete(block(/@theme \{/), "light");
const themes: Record<string, Palette> = {
  light,
  sepia: complete(block(/html\[data-theme="sepia"\] \{/), "sepia"),
  dark: complete(block(/html\[data-theme="dark"\] \{/), "dark"),
};

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [text, background, minimum ratio] — text needs 4.5:1, the focus ring 3:1 (WCAG 1.4.11). */
const PAIRS: [Token, Token, number][] = [
  ["ink", "page", 4.5],
  ["muted", "page", 4.5],
  ["accent", "page", 4.5],
  ["ink", "surface", 4.5],
  ["muted", "surface", 4.5],
  ["accent", "surface", 4.5],
  ["ink", "mention", 4.5],
  ["accent", "mention", 4.5],
  ["ink", "mention-strong", 4.5],
  ["accent", "mention-strong", 4.5],
  ["page", "accent", 4.5], // button labels
  ["focus", "page", 3],
  ["focus", "surface", 3],
];

describe.each(Object.entries(themes))("the %s theme", (_name, palette) => {
  it.each(PAIRS)("%s on %s reaches %s:1", (text, background, minimum) => {
    expect(contrast(palette[text], palette[background])).toBeGreaterThanOrEqual(minimum);
  });
});

it("the system-dark block and the chosen-dark block are the same colours", () => {
  expect(complete(block(/html:not\(\[data-theme\]\) \{/), "system dark")).toEqual(themes.dark);
});

it("the highlight is visible against the page in every theme", () => {
  // Not a WCAG figure: a mention must be told from plain text, the chosen one from the rest.
  for (const palette of Object.values(themes)) {
    expect(contrast(palette.mention, palette.page)).toBeGreaterThan(1.1);
    expect(contrast(palette["mention-strong"], palette.mention)).toBeGreaterThan(1.1);
  }
});
