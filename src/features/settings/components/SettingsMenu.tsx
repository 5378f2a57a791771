import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import {
  FONT_SIZE_LABELS,
  FONT_SIZES,
  THEME_LABELS,
  THEMES,
  type FontSize,
  type Theme,
} from "../settings";
import { useReaderSettings } from "../hooks/use-reader-settings";

/**
 * A disclosure (button + panel) holding two native radio groups: arrows move within a
 * group, Tab moves between groups, Escape closes and returns focus to the button, and a
 * click outside closes it.
 */
export function SettingsMenu() {
  const { settings, update } = useReaderSettings();
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const headingId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  return (
    <div ref={containerRef} className="relative" onKeyDown={onKeyDown} data-print="hide">
      <button
        ref={buttonRef}
        type="button"
        data-needs-script
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-border bg-surface px-3 text-base text-ink hover:border-muted aria-expanded:border-accent"
      >
        <SettingsIcon />
        <span>إعدادات القراءة</span>
      </button>
      <div
        id={panelId}
        role="group"
        aria-labelledby={headingId}
        hidden={!open}
        className="absolute end-0 top-full z-30 mt-2 w-[min(20rem,calc(100vw-2rem))] rounded-xl border border-border bg-surface p-4 text-ink shadow-lg"
      >
        <h2 id={headingId} className="sr-only">
          إعدادات القراءة
        </h2>
        <RadioGroup
          legend="حجم الخط"
          name="font-size"
          options={FONT_SIZES}
          labels={FONT_SIZE_LABELS}
          value={settings.fontSize}
          onChange={(fontSize: FontSize) => update({ fontSize })}
          sample
        />
        <RadioGroup
          legend="المظهر"
          name="theme"
          options={THEMES}
          labels={THEME_LABELS}
          value={settings.theme}
          onChange={(theme: Theme) => update({ theme })}
        />
      </div>
    </div>
  );
}

type RadioGroupProps<T extends string> = {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
  /** Show each font size in its own size, so the choice is visible before it is made. */
  sample?: boolean;
};

function RadioGroup<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
  sample = false,
}: RadioGroupProps<T>) {
  // Unique per instance, so two menus on one page never share a radio group.
  const groupName = `${useId()}-${name}`;
  return (
    <fieldset className="mb-4 last:mb-0">
      <legend className="mb-2 text-sm font-bold text-muted">{legend}</legend>
      <div className="grid grid-cols-2 gap-2">
        {options.map((option) => (
          <label
            key={option}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-border px-3 has-checked:border-accent has-checked:bg-accent/10 has-focus-visible:outline-2 has-focus-visible:outline-focus"
          >
            <input
              type="radio"
              name={groupName}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="size-4 accent-(--color-accent) focus-visible:outline-none"
            />
            <span data-size={sample ? option : undefined} className={sample ? "sample-size" : ""}>
              {labels[option]}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function SettingsIcon() {
  // "Aa"-like glyph pair: size and shade, the two things the panel changes.
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M4 19 9 5l5 14" />
      <path d="M6 14h6" />
      <path d="M15 19l3-8 3 8" />
      <path d="M16.2 16.5h3.6" />
    </svg>
  );
}
