import { describe, expect, it } from "vitest";
import { IdRegistry, sectionId, slugify, transliterate } from "./ids.ts";

describe("ids", () => {
  it("transliterates Arabic to short ASCII", () => {
    expect(transliterate("تطوّرات العلاقة بين تركيا")).toBe("ttwrat allaqa byn trkya");
    expect(transliterate("عام ٢٠٢٢")).toBe("am 2022");
  });

  it("makes slugs from file names", () => {
    expect(slugify("000_ba3d84ed962b3426")).toBe("000-ba3d84ed962b3426");
    expect(slugify("Hello, World!")).toBe("hello-world");
    expect(slugify("؟!")).toBe("");
  });

  it("makes section ids safe in a URL hash", () => {
    expect(sectionId("روسيا تُرتّب لعقد اجتماع وزاري بين أنقرة ونظام الأسد")).toBe(
      "rwsya-trtb-lqd-ajtma",
    );
    expect(sectionId("2022 عام التحولات")).toBe("s-2022-am-althwlat");
    expect(sectionId("؟")).toBe("");
  });

  it("adds a numeric suffix on collision and falls back for unusable ids", () => {
    const ids = new IdRegistry(["lead"]);
    expect(ids.take("lead", "x")).toBe("lead-2");
    expect(ids.take("lead", "x")).toBe("lead-3");
    expect(ids.take("", "section-1")).toBe("section-1");
    expect(ids.take("9bad", "section-2")).toBe("section-2");
  });
});
