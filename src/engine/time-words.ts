// Words of time that are no interval between sessions: the rhythm of
// something that has no sessions ("as we do every week of the season"), a medicine's dose
// ("a baby aspirin daily"), a pause before the visit ("come off it three
// days beforehand", "за три дня до процедуры"), a wait after an event ("a
// week after your period", "через месяц после родов"), everyday life ("your daily
// activities"). Other procedures' rhythms ("a peel once a month") are the
// sentence-subject check's.
import { occurrences, type CompiledLexicon } from "./lexicon";
import type { NumberSpan } from "./numbers";
import type { Sentence } from "./pattern";

/** How far after "after" / "после" the event may be named ("after the end of your period"). */
const EVENT_REACH = 4;

/** How far after "before" / "до" the next session may be named ("before you have another treatment"). */
const NEXT_SESSION_REACH = 4;

/** A dose word this close to a frequency makes it the dose's. */
const DOSE_REACH = 4;

/** Whether a span of time in the sentence says how often to come back for a session. */
export function isSessionTime(span: NumberSpan, s: Sentence, lexicon: CompiledLexicon): boolean {
  // A rhythm needs something that comes in sessions, or a word that stands for it.
  if (!occurrences(lexicon.owner, s).length && !occurrences(lexicon.mesotherapy, s).length)
    return false;
  // "three days beforehand", "3 days before the visit", "за 3 дня до"; but "6 weeks before a second treatment" is a gap.
  if (
    occurrences(lexicon.before, s, span.end, span.end + 1).length &&
    !occurrences(lexicon.nextSession, s, span.end + 1, span.end + 1 + NEXT_SESSION_REACH).length
  )
    return false;
  // "daily activities", "day-to-day routine": everyday life, no rhythm of anything;
  // "monthly menstrual cycles", "ежемесячные месячные": an event's rhythm.
  for (const words of [lexicon.everyday, lexicon.event])
    if (occurrences(words, s, span.end, span.end + 1).length) return false;
  // "a week after your period ends", "через неделю после родов": a wait after an event, not a session.
  if (
    occurrences(lexicon.after, s, span.end, span.end + 1).length &&
    occurrences(lexicon.event, s, span.end + 1, span.end + 1 + EVENT_REACH).length
  )
    return false;
  if (span.kind !== "interval") return true;
  return !occurrences(lexicon.dose, s, span.start - DOSE_REACH, span.end + DOSE_REACH).length;
}
