/**
 * The one small interface every person recognizer implements. The pipeline hands it
 * the article's texts in reading order (title, headings, paragraphs, read-also titles)
 * and gets back people and their mentions; it never needs to know how they were found.
 * The hand-written cue recognizer and the trained tagger both sit behind it.
 */

/** A piece of article text, in reading order. `key` is opaque to the recognizer. */
export interface TextUnit {
  key: string;
  text: string;
}

export interface RecognizedPerson {
  /** Stable within the article, safe in an HTML attribute and a CSS selector: /^[A-Za-z][\w-]*$/ */
  id: string;
  /** The fullest form of the name used in the text, verbatim from the text. */
  name: string;
  /** The title phrase before the first full mention, verbatim; "" when the text gives none. */
  role: string;
}

export interface RecognizedMention {
  key: string;
  /** UTF-16 offsets into that unit's text, end exclusive. */
  start: number;
  end: number;
  person: string;
}

export interface RecognizedPeople {
  people: RecognizedPerson[];
  mentions: RecognizedMention[];
}

export interface PersonRecognizer {
  recognize(units: readonly TextUnit[]): RecognizedPeople;
}
