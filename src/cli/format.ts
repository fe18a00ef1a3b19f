// What the CLI prints: the --json object (the shape CliOutput in output.ts
// describes, built here without zod so the bundle starts without it) and the
// text for people.
import type { CheckResult, Omission } from "../engine/engine";
import type { CliOutput } from "./output";

export function toCliOutput(result: CheckResult, truncated: boolean): CliOutput {
  const { mesotherapy, lang, score } = result.about;
  return {
    about: { mesotherapy, lang, score },
    findings: result.findings.map(
      ({ claim, verdict, text, block, start, end, lang, assertion, note, evidence }) => ({
        claim,
        verdict,
        text,
        block,
        start,
        end,
        lang,
        assertion,
        note,
        evidence: evidence.map(({ source, stance, quote }) => ({ source, stance, quote })),
      }),
    ),
    omissions: result.omissions.map(({ topic, note }) => ({ topic, note })),
    ...(truncated && { truncated: true as const }),
  };
}

const OMISSION_LABELS: Record<Omission["topic"], string> = {
  contraindications: "contraindications (who should not have it)",
  complications: "side effects and complications",
  specialist: "a qualified specialist and sterile conditions",
  aftercare: "restrictions after the procedure",
};

export function formatForPeople(result: CheckResult, sourceTitles: Map<string, string>): string {
  const { about, findings, omissions } = result;
  const lines = [
    `About mesotherapy: ${about.mesotherapy ? "yes" : "no"} (language ${about.lang}, score ${about.score})`,
  ];
  if (!about.mesotherapy && !findings.length)
    lines.push("Not checked: the page is not about mesotherapy (use --force to check it anyway).");
  if (omissions.length) {
    lines.push("", "The page never tells its reader about:");
    for (const o of omissions) lines.push(`  - ${OMISSION_LABELS[o.topic]}: ${o.note}`);
  }
  for (const f of findings) {
    lines.push(
      "",
      `[${f.verdict === "contradicted" ? "CONTRADICTED" : "DISPUTED"}] ${f.claim}: ${f.assertion}`,
      `  "${f.text}"`,
    );
    for (const e of f.evidence)
      lines.push(
        `  - ${e.stance === "asserts" ? "agrees" : "disagrees"}: "${e.quote}" (${sourceTitles.get(e.source) ?? e.source})`,
      );
    lines.push(`  Note: ${f.note}`);
  }
  lines.push(
    "",
    `${findings.length} finding${findings.length === 1 ? "" : "s"}. MesoCheck is an aid to reading, not medical advice.`,
  );
  return lines.join("\n");
}
