/**
 * Reader settings: the model, its storage and how it reaches the page.
 *
 * The page reads them from two attributes on <html>, which CSS turns into tokens
 * (src/styles/index.css):
 *   data-font-size="s|m|l|xl"  → --reader-font-size
 *   data-theme="light|sepia|dark" (absent = follow the system) → the colour tokens
 *
 * public/settings-boot.js sets the same attributes from the same storage key before the
 * first paint; keep the key, the values and the attribute names in step with it.
 */

export const SETTINGS_STORAGE_KEY = "reader-settings";

export const FONT_SIZES = ["s", "m", "l", "xl"] as const;
export type FontSize = (typeof FONT_SIZES)[number];

export const THEMES = ["system", "light", "sepia", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export type ReaderSettings = { fontSize: FontSize; theme: Theme };

export const DEFAULT_SETTINGS: ReaderSettings = { fontSize: "m", theme: "system" };

export const FONT_SIZE_LABELS: Record<FontSize, string> = {
  s: "صغير",
  m: "متوسط",
  l: "كبير",
  xl: "كبير جدًّا",
};

export const THEME_LABELS: Record<Theme, string> = {
  system: "حسب النظام",
  light: "فاتح",
  sepia: "ورقي",
  dark: "داكن",
};

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/** Whatever is stored (nothing, old shapes, hand edits) becomes valid settings. */
export function parseSettings(stored: string | null): ReaderSettings {
  if (!stored) return DEFAULT_SETTINGS;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof value !== "object" || value === null) return DEFAULT_SETTINGS;
  const record = value as Record<string, unknown>;
  return {
    fontSize: isOneOf(FONT_SIZES, record.fontSize) ? record.fontSize : DEFAULT_SETTINGS.fontSize,
    theme: isOneOf(THEMES, record.theme) ? record.theme : DEFAULT_SETTINGS.theme,
  };
}

/** Puts the settings on <html>; call only from effects and event handlers. */
export function applySettings(settings: ReaderSettings, root: HTMLElement): void {
  root.dataset.fontSize = settings.fontSize;
  if (settings.theme === "system") delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  syncThemeColor(settings.theme, root);
}

/**
 * The browser's own chrome (the phone's address bar) follows the page: index.html has one
 * theme-color per system scheme; a chosen theme overrides both with its page colour.
 */
function syncThemeColor(theme: Theme, root: HTMLElement): void {
  const metas = root.ownerDocument.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]');
  const chosen =
    theme === "system" ? null : getComputedStyle(root).getPropertyValue("--color-page").trim();
  for (const meta of metas) {
    meta.dataset.systemColor ??= meta.content;
    meta.content = chosen || meta.dataset.systemColor;
  }
}
