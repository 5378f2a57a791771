/**
 * /read, "read your own text": an article that is not in the repository is pasted (or
 * dropped as a .txt file), parsed in the browser by the pipeline in a module worker, and
 * shown in the app's reader. The text must never leave the browser, bad input gets an
 * Arabic message, and a megabyte of text must not freeze the page.
 */
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page, Request } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { outline } from "../support/reader";
import { waitForServiceWorker } from "../support/trust";
import { READ_MODEL_CACHE } from "../../vite/offline-pwa";

const TITLE = "وزيرة الصحة تفتتح مستشفى جديداً في الجنوب وتعد بتقليص قوائم الانتظار";
const HEADINGS = ["خدمات جديدة للمرضى", "انتقادات من النقابة"];
const READ_ALSO = "الحكومة تقر موازنة الصحة للعام المقبل";
/** People the text names with a title (وزيرة، محافظ، مدير، نقيب), by their full names. */
const PEOPLE = ["هالة الساعدي", "عادل بركات", "فارس الحلبي", "سمير العبدالله"];

const PARAGRAPHS = [
  "افتتحت وزيرة الصحة هالة الساعدي، صباح الثلاثاء، مستشفى الجنوب العام بحضور محافظ المدينة عادل بركات، بعد ثلاث سنوات من أعمال البناء.",
  "وقالت الساعدي في كلمة أمام الطواقم الطبية إنّ المستشفى الجديد يضم مئتي سرير وقسماً للطوارئ يعمل على مدار الساعة.",
  "أوضح مدير المستشفى الدكتور فارس الحلبي أنّ المستشفى سيستقبل أول المرضى مطلع الشهر المقبل، وأنّ العيادات الخارجية ستفتح أبوابها تدريجياً.",
  "وأضاف الحلبي أنّ الإدارة تعاقدت مع أربعين طبيباً جديداً، معظمهم من أبناء المحافظة.",
  "في المقابل، قال نقيب الأطباء سمير العبدالله إنّ عدد الممرضين لا يكفي لتشغيل الأقسام كلها، داعياً الوزارة إلى فتح باب التوظيف.",
  "وردّت الوزيرة الساعدي بأنّ دفعة أولى من الممرضين ستلتحق بالمستشفى خلال أسابيع، فيما أشاد المحافظ بركات بالمشروع.",
] as const;

/** A news text written for this test, with the navigation line a copied web page often starts with. */
const ARTICLE = [
  "الرئيسية / أخبار محلية",
  TITLE,
  PARAGRAPHS[0],
  PARAGRAPHS[1],
  HEADINGS[0],
  PARAGRAPHS[2],
  PARAGRAPHS[3],
  `اقرأ أيضاً: ${READ_ALSO}`,
  HEADINGS[1],
  PARAGRAPHS[4],
  PARAGRAPHS[5],
].join("\n\n");

/**
 * About a megabyte of UTF-8 (a long report): the paragraphs over and over, a numbered
 * sub-heading every 25 paragraphs, and a last paragraph of its own to look for at the end.
 */
function megabyteText(): { text: string; headings: number; last: string } {
  const parts = ["تقرير مطوّل عن أداء القطاع الصحي خلال العام"];
  let bytes = 0;
  let headings = 0;
  for (let i = 0; bytes < 1_000_000; i++) {
    if (i > 0 && i % 25 === 0) parts.push(`المحور ${++headings} من التقرير`);
    const paragraph = PARAGRAPHS[i % PARAGRAPHS.length] as string;
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  const last = "وختم التقرير بتوصيات لتحسين الخدمات في المحافظات البعيدة.";
  parts.push(last);
  return { text: parts.join("\n\n"), headings, last };
}

const box = (page: Page) => page.getByRole("textbox", { name: "نص المقال" });
const readButton = (page: Page) => page.getByRole("button", { name: "اقرأ", exact: true });
const fileInput = (page: Page) => page.locator('input[type="file"]');
const resultTitle = (page: Page, title = TITLE) =>
  page.getByRole("heading", { level: 1, name: title });

async function openRead(page: Page): Promise<void> {
  await page.goto("/read");
  await expect(page.getByRole("heading", { level: 1, name: "اقرأ نصّك" })).toBeVisible();
  // The prerendered form is there at once; it takes input once the page's script runs.
  await expect(box(page)).toBeEnabled();
}

/** What a paste does: the value changes at once and an input event fires (React listens to it). */
async function pasteText(page: Page, text: string): Promise<void> {
  await box(page).evaluate((element, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

/** The reader's contract on the result: h1, outline links to real ids, read-also link, people marked. */
async function expectArticleShown(page: Page): Promise<void> {
  await expect(resultTitle(page)).toBeVisible({ timeout: 20_000 });
  for (const heading of HEADINGS) {
    const id = await page.locator("article h2", { hasText: heading }).getAttribute("id");
    expect(id, `the heading «${heading}» has an id`).toBeTruthy();
    // A CSS locator: on phones the outline is collapsed behind its button, yet its links are there.
    await expect(outline(page).locator(`a[href="#${encodeURIComponent(id ?? "")}"]`)).toHaveText(
      heading,
    );
  }
  await expect(page.locator("[data-read-also] a")).toHaveText(READ_ALSO);
  const marks = page.locator("article [data-person]");
  const people = new Set(
    await marks.evaluateAll((all) => all.map((mark) => mark.getAttribute("data-person"))),
  );
  expect(people.size, "distinct people marked").toBeGreaterThanOrEqual(3);
  let named = 0;
  for (const name of PEOPLE) if ((await marks.filter({ hasText: name }).count()) > 0) named++;
  expect(named, `full names marked among ${PEOPLE.join("، ")}`).toBeGreaterThanOrEqual(3);
}

/** The requests the page makes from now on (its workers' included). */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}

/**
 * Only the app's own static files may be fetched once the text is in the page: the worker's
 * script, the name model, the page's code, fonts. Never a request that carries the text.
 */
function expectNoTextSent(requests: readonly Request[], baseURL: string, text: string): void {
  const origin = new URL(baseURL).origin;
  const probes = text
    .split(/\s+/)
    .filter((word) => word.length >= 4)
    .slice(0, 40);
  for (const request of requests) {
    const url = new URL(request.url());
    expect(url.origin, request.url()).toBe(origin);
    expect(request.method(), request.url()).toBe("GET");
    expect(request.postData(), request.url()).toBeNull();
    expect(url.pathname, "a static file of the app").toMatch(
      /^\/assets\/[\w.-]+\.(?:js|json|woff2|css)$/,
    );
    const address = decodeURIComponent(request.url());
    for (const word of probes)
      expect(address, "no word of the text in an address").not.toContain(word);
  }
}

/**
 * Starts Chromium's trace of the page's renderer; the returned function stops it and gives
 * each main-thread task's wall time and CPU (thread) time, in ms. CPU time is what the page
 * itself costs: unlike wall time, it does not grow when other processes take the cores.
 */
async function traceMainThread(
  context: BrowserContext,
  page: Page,
): Promise<() => Promise<{ wall: number; cpu: number; at: number }[]>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Tracing.start", {
    categories: "toplevel,blink.user_timing",
    transferMode: "ReturnAsStream",
  });
  // The window measured: from this mark to the one made when stopping, on the page's own
  // main thread (starting and ending the trace are tasks of their own, outside it).
  await page.evaluate(() => performance.mark("read-measure-start"));
  return async () => {
    await page.evaluate(() => performance.mark("read-measure-end"));
    const complete = new Promise<string>((resolve) =>
      cdp.once("Tracing.tracingComplete", ({ stream }) => resolve(stream ?? "")),
    );
    await cdp.send("Tracing.end");
    const stream = await complete;
    let json = "";
    for (;;) {
      const chunk = await cdp.send("IO.read", { handle: stream });
      json += chunk.base64Encoded ? Buffer.from(chunk.data, "base64").toString("utf8") : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send("IO.close", { handle: stream });
    await cdp.detach();
    interface TraceEvent {
      name: string;
      ph: string;
      pid: number;
      tid: number;
      ts: number;
      dur?: number;
      tdur?: number;
      args?: { name?: string };
    }
    const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
    const mark = (name: string) => events.find((e) => e.name === name);
    const start = mark("read-measure-start");
    const end = mark("read-measure-end");
    if (!start || !end) throw new Error("the trace has no measuring marks");
    // Top-level tasks only: a task nested in another (a nested run loop) is part of it.
    const tasks = events
      .filter(
        (e) =>
          e.ph === "X" &&
          (e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask") &&
          e.pid === start.pid &&
          e.tid === start.tid &&
          e.ts > start.ts &&
          e.ts + (e.dur ?? 0) < end.ts,
      )
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const outermost: { wall: number; cpu: number; at: number }[] = [];
    const ends = new Map<string, number>();
    for (const task of tasks) {
      const thread = `${task.pid}:${task.tid}`;
      const end = task.ts + (task.dur ?? 0);
      if (end <= (ends.get(thread) ?? -1)) continue;
      ends.set(thread, end);
      outermost.push({
        wall: (task.dur ?? 0) / 1000,
        cpu: (task.tdur ?? 0) / 1000,
        at: (task.ts - start.ts) / 1000,
      });
    }
    return outermost;
  };
}

// Traces on failure keep their actions, console and network, but no DOM snapshots: the
// recorder copies the page's DOM (a megabyte of text in the tests below) in the page's main
// thread at each step, a task of the test's own of up to ~1.3 s that the 1 MB test would
// otherwise measure as the page's.
test.use({ trace: { mode: "retain-on-failure", snapshots: false, screenshots: false } });

test.describe("/read: read your own text", () => {
  test("a pasted article is shown by the reader, parsed in the browser, and nothing is sent", async ({
    page,
    baseURL,
  }) => {
    await openRead(page);
    await box(page).fill(ARTICLE);
    const requests = recordRequests(page);
    await readButton(page).click();

    await expectArticleShown(page);
    const notes = page.locator("[data-diagnostics]");
    await expect(notes).toContainText("حُذف سطر من بقايا صفحة الموقع");
    await expect(notes).toContainText("«الرئيسية / أخبار محلية»");
    await expect(
      page.getByRole("status").filter({ hasText: "ولم يُرسَل إلى أي مكان" }),
    ).toBeVisible();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/read");
    expectNoTextSent(requests, baseURL ?? "", ARTICLE);
    test.info().annotations.push({
      type: "requests after «اقرأ»",
      description: requests.map((r) => new URL(r.url()).pathname).join(", ") || "none",
    });

    // And back to the text, unchanged.
    await page.getByRole("button", { name: "عدّل النص" }).click();
    await expect(box(page)).toHaveValue(ARTICLE);
    await expect(box(page)).toBeFocused();
  });

  test("a .txt file is read from the file input, and from a drop", async ({ page }) => {
    await openRead(page);
    await fileInput(page).setInputFiles({
      name: "خبر.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(ARTICLE, "utf8"),
    });
    await expectArticleShown(page);
    await page.getByRole("button", { name: "عدّل النص" }).click();
    await expect(box(page)).toHaveValue(ARTICLE);

    await box(page).fill("");
    const form = page.locator("form", { has: box(page) });
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "مقال.txt", { type: "text/plain" }));
      return transfer;
    }, ARTICLE);
    await form.dispatchEvent("dragenter", { dataTransfer });
    await form.dispatchEvent("dragover", { dataTransfer });
    await expect(page.getByText("أفلت الملف هنا")).toBeVisible();
    await form.dispatchEvent("drop", { dataTransfer });
    await expectArticleShown(page);
  });

  test("bad input gets a clear Arabic message, with the line, and no crash", async ({ page }) => {
    await openRead(page);
    await readButton(page).click();
    await expect(page.getByRole("alert")).toHaveText(
      /لا يوجد نص: الصق مقالاً في المربع أو اختر ملفاً نصياً\./,
    );

    await box(page).fill("  \n\n   \n");
    await readButton(page).click();
    await expect(page.getByRole("alert")).toContainText("النص فارغ");

    await box(page).fill(`\n\nاقرأ أيضاً: ${READ_ALSO}\n\n${PARAGRAPHS[0]}`);
    await readButton(page).click();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("لا عنوان للمقال");
    await expect(alert).toContainText("في السطر ٣");
    await alert.getByRole("button", { name: "انتقل إلى السطر ٣ في النص" }).click();
    await expect(box(page)).toBeFocused();
    expect(
      await box(page).evaluate((el: HTMLTextAreaElement) =>
        el.value.slice(el.selectionStart, el.selectionEnd),
      ),
    ).toBe(`اقرأ أيضاً: ${READ_ALSO}`);

    await fileInput(page).setInputFiles({
      name: "صورة.txt",
      mimeType: "text/plain",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    });
    await expect(page.getByRole("alert")).toContainText(
      "الملف «صورة.txt»: هذا ملف ثنائي لا نص مقال",
    );

    await fileInput(page).setInputFiles({
      name: "latin1.txt",
      mimeType: "text/plain",
      buffer: Buffer.from([0x61, 0x0a, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]),
    });
    await expect(page.getByRole("alert")).toContainText(
      "الملف «latin1.txt»: الملف ليس نصاً بترميز UTF-8",
    );
    await expect(page.getByRole("alert")).toContainText("في السطر ٣");
    await expect(resultTitle(page, "اقرأ نصّك")).toBeVisible();
  });

  test("the text survives a reload, in sessionStorage, never in the URL", async ({ page }) => {
    await openRead(page);
    await box(page).fill(ARTICLE);
    await page.reload();
    await expect(box(page)).toHaveValue(ARTICLE);
    expect(page.url()).not.toContain("?");
    expect(await page.evaluate(() => sessionStorage.getItem("read-own:text"))).toBe(ARTICLE);
  });

  // From the paste to the whole article on screen, no main-thread task may take over 100 ms
  // of CPU: the target, a task a reader can feel. CPU time, from Chromium's own trace,
  // rather than the wall time a "longtask" observer sees: on the project's 2-core machine,
  // shared with other engineers' builds and trainings, the same build measured 50–120 ms of
  // wall time alone and 84–495 ms under load (load average 10–18), while the longest task's
  // CPU time stayed at 26–60 ms. The old page fails it either way: laying out the pasted
  // megabyte in the box took 400–950 ms, rendering the article tasks of 150–260 ms.
  // The wall times are reported (annotations), not asserted.
  test("a megabyte of text: pasted, parsed and shown without a main-thread task over 100 ms of CPU", async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const { text, headings, last } = megabyteText();
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(1_000_000);
    await openRead(page);
    // A real paste (Ctrl+V) from the clipboard. Putting the megabyte on the clipboard is the
    // test's own work and is done before measuring.
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(baseURL ?? "").origin,
    });
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await box(page).focus();
    await page.evaluate(() => {
      const state = window as unknown as {
        longTasks: number[];
        taskStarts: number[];
        frameGaps: number[];
        measuring: boolean;
        since: number;
      };
      state.longTasks = [];
      state.taskStarts = [];
      state.frameGaps = [];
      state.measuring = true;
      state.since = performance.now();
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          state.longTasks.push(entry.duration);
          state.taskStarts.push(entry.startTime - state.since);
        }
      }).observe({ type: "longtask" });
      let last = performance.now();
      const frame = (now: number) => {
        state.frameGaps.push(now - last);
        last = now;
        if (state.measuring) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });

    // Only cheap CSS queries while measuring: Playwright's role and text engines run in the
    // page's main thread and walk the whole page, megabyte of text included, which would be
    // a long task of the test's own.
    const stopTrace = await traceMainThread(context, page);
    const started = Date.now();
    await page.keyboard.press("ControlOrMeta+V");
    // Too long for the box: the page holds it and says how long it is, and where it ends.
    const card = page.locator("[data-long-text]");
    await expect(card).toBeVisible();
    await expect(card.locator("[data-long-text-last]")).toContainText(last);
    await page.locator('form button[type="submit"]').click();
    // While the worker parses, the page answers: the status is live and the cancel button takes focus.
    const status = page.locator('[role="status"][aria-live="polite"]');
    await expect(status).toHaveText(/^جارٍ التحليل…/);
    const cancel = page.locator('form button[type="button"]', { hasText: "إلغاء" });
    await cancel.focus();
    await expect(cancel).toBeFocused();

    // A query in the page, not a locator: Playwright describes a matched element in its log
    // from its text, and the text of [data-complete] is the whole article: its layout, up to
    // 3 s of the page's main thread, would be measured as the page's.
    await page.waitForFunction(
      () => document.querySelector("[data-complete]") !== null,
      undefined,
      {
        timeout: 90_000,
        polling: 100,
      },
    );
    const shownAfter = Date.now() - started;
    const traced = await stopTrace();
    const { longTasks, taskStarts, frameGaps } = await page.evaluate(async () => {
      // Two frames, so that the observer has delivered the last entries.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const state = window as unknown as {
        longTasks: number[];
        taskStarts: number[];
        frameGaps: number[];
        measuring: boolean;
      };
      state.measuring = false;
      return {
        longTasks: state.longTasks,
        taskStarts: state.taskStarts,
        frameGaps: state.frameGaps,
      };
    });
    const longest = Math.max(0, ...longTasks);
    const tasks = longTasks.map(
      (duration, i) => `${Math.round(duration)} at ${Math.round(taskStarts[i] ?? 0)}`,
    );
    test.info().annotations.push({
      type: "1 MB",
      description: `shown in full after ${shownAfter} ms; ${longTasks.length} long tasks (ms, at ms after the paste: ${tasks.join(", ")}); longest frame gap ${Math.round(Math.max(0, ...frameGaps))} ms; ${await page.locator("[data-print='hide'] [role='status']").innerText()}`,
    });
    const longestCpu = Math.max(0, ...traced.map((task) => task.cpu));
    test.info().annotations.push({
      type: "longest main-thread task (ms)",
      description: String(Math.round(longest)),
    });
    test.info().annotations.push({
      type: "longest main-thread task, CPU (ms)",
      description: `${Math.round(longestCpu)} (${traced.length} tasks traced; the five longest, CPU ms at ms after the trace began: ${[
        ...traced,
      ]
        .sort((a, b) => b.cpu - a.cpu)
        .slice(0, 5)
        .map((task) => `${Math.round(task.cpu)} at ${Math.round(task.at)}`)
        .join(", ")})`,
    });
    expect(
      longestCpu,
      "the CPU time of the longest main-thread task from paste to the whole article, in ms",
    ).toBeLessThanOrEqual(100);

    // Every character reached the page: the title, every heading, the last paragraph, and
    // find-in-page finds that paragraph (content-visibility keeps far text findable).
    await expect(resultTitle(page, "تقرير مطوّل عن أداء القطاع الصحي خلال العام")).toBeVisible();
    await expect(page.locator("article h2")).toHaveCount(headings);
    await expect(page.locator("article p").last()).toHaveText(last);
    const find = (word: string) =>
      page.evaluate((text) => {
        // window.find(text, caseSensitive, backwards, wrapAround): Chromium's find-in-page engine.
        const search = (
          window as unknown as { find(...args: [string, boolean, boolean, boolean]): boolean }
        ).find;
        return search(text, false, false, true);
      }, word);
    expect(await find(last), "find-in-page finds the last paragraph").toBe(true);
  });

  test("cancel stops a long parse and leaves the text as it was", async ({ page }) => {
    const { text } = megabyteText();
    await openRead(page);
    await pasteText(page, text);
    await readButton(page).click();
    await page.getByRole("button", { name: "إلغاء" }).click();
    await expect(page.getByText("أُلغي التحليل، والنص كما هو.")).toBeVisible();
    await expect(readButton(page)).toBeFocused();
    // Too long for the box: the page holds it whole, and keeps it across a reload.
    const card = page.locator("[data-long-text]");
    await expect(card).toBeVisible();
    const before = (await card.textContent()) ?? "";
    expect(before).toContain(text.slice(text.lastIndexOf("\n") + 1));
    await page.reload();
    await expect(card).toHaveText(before);

    // The page still parses after a cancel (a new worker).
    await page.getByRole("button", { name: "امسح النص" }).click();
    await box(page).fill(ARTICLE);
    await readButton(page).click();
    await expectArticleShown(page);
  });

  test("the library and the article pages load neither the /read page, nor its worker, nor the model", async ({
    page,
  }) => {
    const requests = recordRequests(page);
    await page.goto("/");
    const readLink = page.getByRole("link", { name: "الصقه هنا واقرأه" });
    await expect(readLink).toBeVisible();
    const article = page.locator('main a[href^="/articles/"]').first();
    await article.click();
    await expect(page.locator("article h1")).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const paths = requests.map((request) => new URL(request.url()).pathname);
    expect(
      paths.filter((path) => /\/(?:route|parse\.worker|model)-[\w-]+\.(?:js|json)$/.test(path)),
    ).toEqual([]);

    // The link leads there, and only then are they fetched.
    await page.goBack();
    await readLink.click();
    await expect(box(page)).toBeVisible();
    await expect
      .poll(() => requests.some((request) => /\/model-[\w-]+\.json$/.test(request.url())))
      .toBe(true);
  });

  test("after one visit online, /read parses offline: the service worker kept the name model", async ({
    page,
    context,
  }) => {
    await openRead(page);
    await waitForServiceWorker(page);
    // On a first visit the parse worker fetched the model before the service worker took
    // over: the page fetches it once more through the worker, which keeps it.
    // Polled from the test: waitForFunction took the async predicate's pending promise for a
    // truthy answer, so the test went offline before the copy was kept, and lost the race
    // whenever the machine was loaded.
    await expect
      .poll(
        () =>
          page.evaluate(
            async (name) =>
              (await (await caches.open(name)).keys()).some((request) =>
                /\/assets\/model-[\w-]+\.json$/.test(request.url),
              ),
            READ_MODEL_CACHE,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await box(page).fill(ARTICLE);
    await readButton(page).click();
    // People marked: the trained model was loaded, offline, from the cache.
    await expectArticleShown(page);
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("axe-core finds no violations on the form, a message, and the result", async ({
    newContext,
  }) => {
    const page = await (await newContext()).newPage();
    const check = async () => {
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
        .analyze();
      return results.violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`),
      );
    };
    await openRead(page);
    expect(await check()).toEqual([]);
    await readButton(page).click();
    await expect(page.getByRole("alert")).toBeVisible();
    expect(await check()).toEqual([]);
    // A text too long for the box: the card in its place.
    await pasteText(page, megabyteText().text);
    await expect(page.getByRole("group", { name: "نص المقال" })).toBeVisible();
    expect(await check()).toEqual([]);
    await page.getByRole("button", { name: "امسح النص" }).click();
    await box(page).fill(ARTICLE);
    await readButton(page).click();
    await expect(resultTitle(page)).toBeVisible({ timeout: 20_000 });
    expect(await check()).toEqual([]);
  });
});
