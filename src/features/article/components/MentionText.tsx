import { Fragment, useMemo } from "react";
import type { PersonMention } from "../../../article/schema";
import { segmentText } from "../utils/mentions";
import { Mention } from "./Mention";

interface MentionTextProps {
  /** The text unit's key in the mention index (see `utils/mentions`). */
  unit: string;
  text: string;
  mentions: readonly PersonMention[];
  interactive?: boolean;
}

/** Text with its person mentions: plain React text between `<mark>`s, never HTML. */
export function MentionText({ unit, text, mentions, interactive = true }: MentionTextProps) {
  const segments = useMemo(() => segmentText(unit, text, mentions), [unit, text, mentions]);
  return segments.map((segment, i) =>
    segment.kind === "text" ? (
      <Fragment key={i}>{segment.text}</Fragment>
    ) : (
      <Mention
        key={segment.key}
        mentionKey={segment.key}
        person={segment.person}
        text={segment.text}
        interactive={interactive}
      />
    ),
  );
}
