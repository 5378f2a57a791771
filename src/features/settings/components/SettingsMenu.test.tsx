import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { SETTINGS_STORAGE_KEY } from "../settings";
import { SettingsMenu } from "./SettingsMenu";
import bootScriptSource from "../../../../public/settings-boot.js?raw";

const root = document.documentElement;

afterEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.fontSize;
});

function stored() {
  return JSON.parse(localStorage.getItem(SETTINGS_STORAGE_KEY) ?? "null") as unknown;
}

describe("reader settings", () => {
  it("is a closed disclosure that opens on click and closes with Escape, focus back on its button", async () => {
    const user = userEvent.setup();
    render(<SettingsMenu />);
    const button = screen.getByRole("button", { name: "إعدادات القراءة" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();

    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("group", { name: "حجم الخط" })).toBeVisible();
    expect(screen.getByRole("group", { name: "المظهر" })).toBeVisible();

    await user.tab();
    expect(screen.getByRole("radio", { name: "متوسط" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
  });

  it("changes the font size from the keyboard, on <html> and in storage", async () => {
    const user = userEvent.setup();
    render(<SettingsMenu />);
    await user.click(screen.getByRole("button", { name: "إعدادات القراءة" }));
    expect(screen.getByRole("radio", { name: "متوسط" })).toBeChecked();

    await user.click(screen.getByRole("radio", { name: "كبير" }));
    expect(root.dataset.fontSize).toBe("l");
    expect(stored()).toEqual({ fontSize: "l", theme: "system" });

    // Arrow keys move within a native radio group.
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "كبير جدًّا" })).toBeChecked();
    expect(root.dataset.fontSize).toBe("xl");
  });

  it("changes the theme, and 'حسب النظام' hands it back to the system", async () => {
    const user = userEvent.setup();
    render(<SettingsMenu />);
    await user.click(screen.getByRole("button", { name: "إعدادات القراءة" }));
    expect(screen.getByRole("radio", { name: "حسب النظام" })).toBeChecked();
    expect(root).not.toHaveAttribute("data-theme");

    await user.click(screen.getByRole("radio", { name: "داكن" }));
    expect(root.dataset.theme).toBe("dark");
    await user.click(screen.getByRole("radio", { name: "ورقي" }));
    expect(root.dataset.theme).toBe("sepia");
    expect(stored()).toEqual({ fontSize: "m", theme: "sepia" });

    await user.click(screen.getByRole("radio", { name: "حسب النظام" }));
    expect(root).not.toHaveAttribute("data-theme");
  });

  it("remembers the choice: a new page shows it checked and applied", async () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ fontSize: "s", theme: "dark" }));
    const user = userEvent.setup();
    render(<SettingsMenu />);
    expect(root.dataset.theme).toBe("dark");
    expect(root.dataset.fontSize).toBe("s");
    await user.click(screen.getByRole("button", { name: "إعدادات القراءة" }));
    expect(screen.getByRole("radio", { name: "صغير" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "داكن" })).toBeChecked();
  });

  it("ignores a corrupt stored value", async () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, "{oops");
    const user = userEvent.setup();
    render(<SettingsMenu />);
    await user.click(screen.getByRole("button", { name: "إعدادات القراءة" }));
    expect(screen.getByRole("radio", { name: "متوسط" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "حسب النظام" })).toBeChecked();
  });

  it("closes on a click outside", async () => {
    const user = userEvent.setup();
    render(
      <>
        <p>نص خارج القائمة</p>
        <SettingsMenu />
      </>,
    );
    const button = screen.getByRole("button", { name: "إعدادات القراءة" });
    await user.click(button);
    await user.click(screen.getByText("نص خارج القائمة"));
    expect(button).toHaveAttribute("aria-expanded", "false");
  });
});

describe("the boot script (public/settings-boot.js)", () => {
  // It runs before React, from the same storage key: run its source as the browser would.
  const runBootScript = new Function(bootScriptSource) as () => void;

  it("applies saved settings to <html> before the app renders", () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ fontSize: "xl", theme: "sepia" }));
    runBootScript();
    expect(root.dataset.fontSize).toBe("xl");
    expect(root.dataset.theme).toBe("sepia");
  });

  it("leaves the defaults alone for unknown or corrupt values", () => {
    localStorage.setItem(
      SETTINGS_STORAGE_KEY,
      JSON.stringify({ fontSize: "huge", theme: "system" }),
    );
    runBootScript();
    expect(root).not.toHaveAttribute("data-font-size");
    expect(root).not.toHaveAttribute("data-theme");
    localStorage.setItem(SETTINGS_STORAGE_KEY, "{oops");
    expect(runBootScript).not.toThrow();
  });
});
