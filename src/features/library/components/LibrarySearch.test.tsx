import { act } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LibrarySearch } from "./LibrarySearch";

afterEach(() => {
  document.body.replaceChildren();
});

describe("LibrarySearch on a prerendered page", () => {
  it("searches for what the reader typed before the page's script took over", async () => {
    const container = document.createElement("div");
    document.body.append(container);
    container.insertAdjacentHTML(
      "afterbegin",
      renderToString(<LibrarySearch query="" onQueryChange={() => {}} />),
    );
    // The reader types into the prerendered box: no React handler is attached yet.
    container.querySelector("input")!.value = "سمرقند";

    const onQueryChange = vi.fn();
    const root = await act(async () =>
      hydrateRoot(container, <LibrarySearch query="" onQueryChange={onQueryChange} />),
    );
    expect(onQueryChange).toHaveBeenCalledWith("سمرقند");
    expect(container.querySelector("input")).toHaveValue("سمرقند");
    act(() => root.unmount());
  });

  it("asks for nothing when the box still holds the address's query", async () => {
    const container = document.createElement("div");
    document.body.append(container);
    container.insertAdjacentHTML(
      "afterbegin",
      renderToString(<LibrarySearch query="لافروف" onQueryChange={() => {}} />),
    );

    const onQueryChange = vi.fn();
    const root = await act(async () =>
      hydrateRoot(container, <LibrarySearch query="لافروف" onQueryChange={onQueryChange} />),
    );
    expect(onQueryChange).not.toHaveBeenCalled();
    expect(container.querySelector("input")).toHaveValue("لافروف");
    act(() => root.unmount());
  });
});
