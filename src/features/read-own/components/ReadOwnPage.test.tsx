import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCueRecognizer } from "../../../pipeline/people/cues";
import { STORED_TEXT_KEY } from "../hooks/useStoredText";
import { countNoun } from "../../../lib/arabic-numbers";
import { CHARACTER_NOUN } from "../utils/words";
import { BOX_MAX_CHARS } from "../utils/long-text";
import { createInlineParser } from "../../../testing/read-own-inline-parser";
import { fileOf, renderPage } from "../../../testing/render-read-own";
import {
  SAMPLE_HEADINGS,
  SAMPLE_READ_ALSO,
  SAMPLE_TEXT,
  SAMPLE_TITLE,
} from "../../../testing/read-own-sample-text";
import { MAX_FILE_BYTES } from "./ReadOwnPage";

const box = () => screen.getByRole<HTMLTextAreaElement>("textbox", { name: "نص المقال" });
const readButton = () => screen.getByRole("button", { name: "اقرأ" });

/** Puts text in the box as a paste does: one change, not a keystroke per character. */
function paste(text: string) {
  fireEvent.change(box(), { target: { value: text } });
}

beforeEach(() => sessionStorage.clear());
afterEach(() => sessionStorage.clear());

describe("/read: pasted text", () => {
  it("shows the text in the app's reader: title, outline, read-also, people, and what was dropped", async () => {
    const user = userEvent.setup();
    renderPage();
    paste(SAMPLE_TEXT);
    await user.click(readButton());

    const title = await screen.findByRole("heading", { level: 1, name: SAMPLE_TITLE });
    await waitFor(() => expect(title).toHaveFocus());
    const outline = screen.getByRole("navigation", { name: "فهرس المقال" });
    for (const heading of SAMPLE_HEADINGS) {
      const link = within(outline).getByRole("link", { name: heading });
      const id = decodeURIComponent(link.getAttribute("href")?.slice(1) ?? "");
      expect(document.getElementById(id)).toHaveTextContent(heading);
    }
    const readAlso = document.querySelector("[data-read-also] a");
    expect(readAlso).toHaveTextContent(SAMPLE_READ_ALSO);
    const people = new Set(
      Array.from(document.querySelectorAll("[data-person]"), (m) => m.getAttribute("data-person")),
    );
    expect(people.size).toBeGreaterThanOrEqual(3);

    const notes = screen.getByRole("region", { name: /ملاحظات على النص/ });
    expect(within(notes).getByText("حُذف سطر من بقايا صفحة الموقع")).toBeInTheDocument();
    expect(within(notes).getByText("(السطر ١)")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("ولم يُرسَل إلى أي مكان");
  });

  it("goes back to the text, as it was, with the box focused", async () => {
    const user = userEvent.setup();
    renderPage();
    paste(SAMPLE_TEXT);
    await user.click(readButton());
    await screen.findByRole("heading", { level: 1, name: SAMPLE_TITLE });

    await user.click(screen.getByRole("button", { name: "عدّل النص" }));
    expect(screen.getByRole("heading", { level: 1, name: "اقرأ نصّك" })).toBeVisible();
    expect(box()).toHaveValue(SAMPLE_TEXT);
    await waitFor(() => expect(box()).toHaveFocus());
    expect(screen.queryByRole("heading", { level: 1, name: SAMPLE_TITLE })).not.toBeInTheDocument();
  });

  it.each([
    ["an empty box", "", "لا يوجد نص: الصق مقالاً في المربع أو اختر ملفاً نصياً."],
    [
      "spaces and blank lines only",
      "  \n\n\t \n",
      "النص فارغ: فيه مسافات وأسطر فارغة فقط، ولا كلمة واحدة.",
    ],
    ["punctuation only", "…\n\n— — —\n", "لا عنوان للمقال: ليس في النص سطر فيه كلمات."],
  ])("refuses %s with an Arabic message", async (_, text, message) => {
    const user = userEvent.setup();
    renderPage();
    paste(text);
    await user.click(readButton());
    expect(await screen.findByRole("alert")).toHaveTextContent(message);
    expect(screen.queryByRole("heading", { level: 1, name: /اقرأ نصّك/ })).toBeVisible();
  });

  it("names the line of a missing title and selects it in the box", async () => {
    const user = userEvent.setup();
    renderPage();
    const text = "\n\nاقرأ أيضاً: عنوان مقال آخر\n\nنص الفقرة الأولى.\n";
    paste(text);
    await user.click(readButton());

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("لا عنوان للمقال: أول سطر في النص سطر «اقرأ أيضاً».");
    expect(alert).toHaveTextContent("في السطر ٣: «اقرأ أيضاً: عنوان مقال آخر»");
    await user.click(within(alert).getByRole("button", { name: "انتقل إلى السطر ٣ في النص" }));
    expect(box()).toHaveFocus();
    expect(text.slice(box().selectionStart, box().selectionEnd)).toBe("اقرأ أيضاً: عنوان مقال آخر");
  });
});

describe("/read: a file", () => {
  const fileInput = () => screen.getByLabelText<HTMLInputElement>("اختر ملفاً");

  it("reads a UTF-8 .txt file and puts its text in the box for editing", async () => {
    const user = userEvent.setup();
    renderPage();
    await user.upload(fileInput(), fileOf("خبر.txt", new TextEncoder().encode(SAMPLE_TEXT)));

    await screen.findByRole("heading", { level: 1, name: SAMPLE_TITLE });
    await user.click(screen.getByRole("button", { name: "عدّل النص" }));
    expect(box()).toHaveValue(SAMPLE_TEXT);
  });

  it("takes a file dropped on the form", async () => {
    renderPage();
    const form = box().closest("form") as HTMLFormElement;
    const file = fileOf("drop.txt", new TextEncoder().encode(SAMPLE_TEXT));
    fireEvent.dragOver(form, {
      dataTransfer: { types: ["Files"], files: [file], dropEffect: "none" },
    });
    expect(screen.getByText("أفلت الملف هنا")).toBeInTheDocument();
    fireEvent.drop(form, { dataTransfer: { types: ["Files"], files: [file] } });
    expect(
      await screen.findByRole("heading", { level: 1, name: SAMPLE_TITLE }),
    ).toBeInTheDocument();
  });

  it.each([
    [
      "a NUL byte (a binary file)",
      Uint8Array.of(0x61, 0x0a, 0x62, 0x00, 0x63),
      "الملف «x.txt»: هذا ملف ثنائي لا نص مقال: فيه بايت فارغ (NUL).",
      "في السطر ٢",
    ],
    [
      "invalid UTF-8",
      Uint8Array.of(0xd8, 0xb9, 0x0a, 0x0a, 0x61, 0xff, 0x0a),
      "الملف «x.txt»: الملف ليس نصاً بترميز UTF-8: فيه بايت غير صالح (0xff).",
      "في السطر ٣",
    ],
    [
      "UTF-16",
      Uint8Array.of(0xff, 0xfe, 0x41, 0x00),
      "الملف «x.txt»: الملف محفوظ بترميز UTF-16.",
      "في السطر ١",
    ],
  ])("refuses %s, naming the file and the line", async (_, bytes, message, line) => {
    const user = userEvent.setup();
    renderPage();
    await user.upload(fileInput(), fileOf("x.txt", bytes));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent(line);
    // The file's lines are not in the box, so there is nothing to select there.
    expect(
      within(alert).queryByRole("button", { name: /انتقل إلى السطر/ }),
    ).not.toBeInTheDocument();
  });

  it("puts a refused file's text in the box when the line is in it, and selects that line", async () => {
    const user = userEvent.setup();
    renderPage();
    const text = "اقرأ أيضاً: مقال آخر\n\nنص الفقرة.\n";
    await user.upload(fileInput(), fileOf("بلا-عنوان.txt", new TextEncoder().encode(text)));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("الملف «بلا-عنوان.txt»: لا عنوان للمقال");
    expect(box()).toHaveValue(text);
    await user.click(within(alert).getByRole("button", { name: "انتقل إلى السطر ١ في النص" }));
    expect(text.slice(box().selectionStart, box().selectionEnd)).toBe("اقرأ أيضاً: مقال آخر");
  });

  it("refuses a file over the size limit without reading it", async () => {
    const user = userEvent.setup();
    renderPage();
    await user.upload(fileInput(), fileOf("كبير.txt", new Uint8Array(MAX_FILE_BYTES + 1)));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "الملف «كبير.txt»: الملف كبير جداً (٥ ميغابايت)، والحدّ ٥ ميغابايت.",
    );
  });
});

describe("/read: progress, cancel, failures", () => {
  const holding = () => createInlineParser(createCueRecognizer(), { hold: true });

  it("says it is parsing, in a live region, and cancels back to the form", async () => {
    const user = userEvent.setup();
    renderPage(holding);
    paste(SAMPLE_TEXT);
    await user.click(readButton());

    const status = screen.getByText(/^جارٍ التحليل…/);
    expect(status).toHaveAttribute("aria-live", "polite");
    expect(screen.getByRole("progressbar", { name: "تقدّم التحليل" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "إلغاء" }));
    expect(screen.getByText("أُلغي التحليل، والنص كما هو.")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(readButton()).toHaveFocus();
    expect(box()).toHaveValue(SAMPLE_TEXT);
  });

  it("cancels with Escape", async () => {
    const user = userEvent.setup();
    renderPage(holding);
    paste(SAMPLE_TEXT);
    await user.click(readButton());
    await user.keyboard("{Escape}");
    expect(screen.getByText("أُلغي التحليل، والنص كما هو.")).toBeInTheDocument();
  });

  it("says so in Arabic when the browser cannot start the worker, and retries", async () => {
    const user = userEvent.setup();
    let attempts = 0;
    renderPage(() => ({
      warm() {},
      parse() {
        attempts += 1;
        return Promise.resolve({
          status: "failed",
          failure: { kind: "worker", message: "Worker is not defined" },
        });
      },
      cancel() {},
      dispose() {},
    }));
    paste(SAMPLE_TEXT);
    await user.click(readButton());
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("لم يتمكّن المتصفح من تشغيل محلّل النصوص.");
    expect(within(alert).getByText("Worker is not defined")).toBeInTheDocument();
    await user.click(within(alert).getByRole("button", { name: "أعد المحاولة" }));
    expect(attempts).toBe(2);
  });
});

describe("/read: a text too long for the box", () => {
  /** SAMPLE_TEXT with its last paragraph repeated past the box's limit, and a last line of its own. */
  const LAST_LINE = "وختم البيان بدعوة إلى الحوار.";
  const longText = () => {
    const filler = "\n\nوأضاف المتحدث أنّ الخطة ستُعرض على البرلمان قبل إقرارها.".repeat(
      Math.ceil(BOX_MAX_CHARS / 50),
    );
    return `${SAMPLE_TEXT}${filler}\n\n${LAST_LINE}\n`;
  };
  const card = () => screen.getByRole("group", { name: "نص المقال" });

  /** A paste as the browser fires it: the clipboard's text on the event, the box's default insertion left to the page. */
  function pasteEvent(text: string) {
    return fireEvent.paste(box(), {
      clipboardData: { getData: (type: string) => (type === "text/plain" ? text : "") },
    });
  }

  it("keeps a long paste out of the box: a card says how long it is, how it starts and ends, and takes focus", () => {
    renderPage();
    box().focus();
    const text = longText();
    expect(pasteEvent(text)).toBe(false); // the browser's own insertion was prevented
    expect(screen.queryByRole("textbox", { name: "نص المقال" })).not.toBeInTheDocument();
    expect(card()).toHaveFocus();
    expect(card()).toHaveTextContent(`نص طويل: ${countNounOf(text.length)}`);
    expect(card()).toHaveTextContent("تخطى إلى المحتوى");
    expect(card()).toHaveTextContent(LAST_LINE);
  });

  it("reads all of it, and the reader's last paragraph is on the page once it is shown in full", async () => {
    const user = userEvent.setup();
    renderPage();
    paste(longText());
    expect(card()).toBeInTheDocument();
    await user.click(readButton());
    // Generous: a shared 2-core machine parses and renders ~35,000 characters in jsdom slowly.
    await screen.findByRole("heading", { level: 1, name: SAMPLE_TITLE }, { timeout: 10_000 });
    await waitFor(() => expect(document.querySelector("[data-complete]")).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(Array.from(document.querySelectorAll("article p")).at(-1)).toHaveTextContent(LAST_LINE);
  });

  it("shows it in the box when asked, whole, and a small edit keeps it there", async () => {
    const user = userEvent.setup();
    renderPage();
    const text = longText();
    paste(text);
    await user.click(within(card()).getByRole("button", { name: /اعرضه في المربع/ }));
    expect(box()).toHaveValue(text);
    expect(box()).toHaveFocus();
    fireEvent.change(box(), { target: { value: `${text}ن` } });
    expect(box()).toHaveValue(`${text}ن`);
  });

  it("clears back to an empty box", async () => {
    const user = userEvent.setup();
    renderPage();
    paste(longText());
    await user.click(screen.getByRole("button", { name: "امسح النص" }));
    expect(box()).toHaveValue("");
    expect(box()).toHaveFocus();
  });

  it("a short paste is left to the browser", () => {
    renderPage();
    expect(pasteEvent("عنوان")).toBe(true);
    expect(box()).toBeInTheDocument();
  });
});

async function clickShowInBox(card: HTMLElement) {
  await userEvent.setup().click(within(card).getByRole("button", { name: /اعرضه في المربع/ }));
}

/** The card's count, as the page writes it (countNoun with the character noun). */
function countNounOf(length: number): string {
  return countNoun(length, CHARACTER_NOUN);
}

describe("/read: the text stays in the tab", () => {
  it("keeps the text in sessionStorage across a remount, never in the URL", async () => {
    const first = renderPage();
    paste(SAMPLE_TEXT);
    first.unmount();
    expect(sessionStorage.getItem(STORED_TEXT_KEY)).toBe(SAMPLE_TEXT);

    const second = renderPage();
    await waitFor(() => expect(box()).toHaveValue(SAMPLE_TEXT));
    expect(second.history.location.search).toBe("");
    expect(second.history.location.hash).toBe("");
  });

  it("keeps a long text too, written in parts one task at a time, and reads it back whole", async () => {
    const text = `${SAMPLE_TEXT}${"\n\nفقرة تتكرر في نص طويل جداً.".repeat(10_000)}`;
    const first = renderPage();
    paste(text);
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    await waitFor(() => expect(sessionStorage.getItem(`${STORED_TEXT_KEY}:parts`)).toBe("3"));
    expect(sessionStorage.getItem(STORED_TEXT_KEY)).toBeNull();
    first.unmount();

    renderPage();
    const card = await screen.findByRole("group", { name: "نص المقال" });
    expect(card).toHaveTextContent(countNounOf(text.length));
    await clickShowInBox(card);
    expect(box()).toHaveValue(text);

    // A short text again: one key, and the parts are gone.
    fireEvent.change(box(), { target: { value: "عنوان" } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(sessionStorage.getItem(STORED_TEXT_KEY)).toBe("عنوان");
    expect(sessionStorage.getItem(`${STORED_TEXT_KEY}:parts`)).toBeNull();
    expect(sessionStorage.getItem(`${STORED_TEXT_KEY}:0`)).toBeNull();
  });

  it("writes the text after a pause in typing", async () => {
    renderPage();
    paste("عنوان");
    expect(sessionStorage.getItem(STORED_TEXT_KEY)).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(sessionStorage.getItem(STORED_TEXT_KEY)).toBe("عنوان");
  });

  it("has no name on the box, so a form sent without JavaScript carries no text", () => {
    renderPage();
    expect(box()).not.toHaveAttribute("name");
  });
});
