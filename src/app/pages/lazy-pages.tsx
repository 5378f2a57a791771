import { lazy } from "react";

/*
 * Pages loaded when first shown, so that an article page (its budget: 110 kB of
 * JavaScript) does not carry them. Their skeletons stay in the main file: they are what
 * shows while these load.
 */

/** The library: a small file, fetched with (or after) its index. */
export const LibraryRoute = lazy(() => import("./library"));

/** "Read your own text": its page, the pipeline and the name model. */
export const ReadOwnRoute = lazy(() => import("./read-own"));
