/**
 * The part of jsdom (a dev dependency, for Vitest) that scripts/lib/prerender-budget.ts
 * uses to read built pages. jsdom ships no types and @types/jsdom is not installed.
 */
declare module "jsdom" {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}
