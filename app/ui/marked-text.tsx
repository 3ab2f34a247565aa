/** Text with the runs that match a search in <mark> (plain text only, never HTML). */
export function Marked({ runs }: { runs: readonly { text: string; hit: boolean }[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs never reorder
          <mark key={i} className="rounded-sm bg-yellow-100 px-0.5 text-inherit">
            {run.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs never reorder
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}
