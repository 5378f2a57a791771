/**
 * The blocks skeletons are made of: what stands in for text while a page's data loads.
 * Widths are percentages of the line.
 */

/** A neutral block that pulses (unless the reader asked for less motion). */
export function SkeletonBar({ className, width }: { className: string; width?: number }) {
  return (
    <div
      className={`animate-pulse rounded bg-border motion-reduce:animate-none ${className}`}
      style={width === undefined ? undefined : { inlineSize: `${width}%` }}
    />
  );
}

/**
 * One line of text: a line box of the surrounding line-height with a block inside, so a
 * skeleton in the real type is as tall as the text that replaces it.
 */
export function SkeletonLine({ width }: { width: number }) {
  return (
    <div className="flex h-[1lh] items-center">
      <SkeletonBar className="h-[0.6em]" width={width} />
    </div>
  );
}
