import type { UserConfig } from "vite";

/**
 * The app's build options: vite.config.ts uses them, and so does every build made without
 * it (e2e/hostile.spec.ts builds a site of hostile seeds with a config of its own).
 */
export const APP_BUILD = {
  // Every browser the app supports preloads modules itself: no polyfill in the article's script.
  modulePreload: { polyfill: false },
  // dist/.vite/manifest.json: the prerender reads which file each lazy page became.
  manifest: true,
} satisfies UserConfig["build"];
