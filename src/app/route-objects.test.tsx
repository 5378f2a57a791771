import { describe, expect, it } from "vitest";
import { PAGE_PATHS, PAGE_ROUTE_IDS } from "./route-table";
import { routeIdsAt } from "./route-objects";

describe("the route objects made from the route table", () => {
  it("give every address the page the table names, under the layout", () => {
    expect(routeIdsAt("/")).toEqual(["root", "library"]);
    expect(routeIdsAt("/?q=x")).toEqual(["root", "library"]);
    expect(routeIdsAt("/page/2")).toEqual(["root", "library-page"]);
    expect(routeIdsAt("/page/2/x")).toEqual(["root", "not-found"]);
    expect(routeIdsAt("/articles/some-slug")).toEqual(["root", "article"]);
    expect(routeIdsAt("/read")).toEqual(["root", "read-own"]);
    expect(routeIdsAt("/404")).toEqual(["root", "not-found"]);
    expect(routeIdsAt("/articles/a/b")).toEqual(["root", "not-found"]);
  });

  it("have one route per page of the table", () => {
    for (const id of PAGE_ROUTE_IDS) {
      const address = PAGE_PATHS[id]
        .replace(":slug", "x")
        .replace(":n", "2")
        .replace("*", "/no-such-page");
      expect(routeIdsAt(address), address).toEqual(["root", id]);
    }
  });

  it("take the site's base path off first", () => {
    expect(routeIdsAt("/base/read", "/base/")).toEqual(["root", "read-own"]);
  });
});
