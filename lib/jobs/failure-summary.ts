// Failed job attempts, summed up in one log line per window instead of one line per
// attempt: a demo started without internet fails every capture and link check a few
// times (each retried with back-off), which would otherwise flood the terminal.
export type FailureSummary = { record(name: string, message: string): void; flush(): void; stop(): void };

export function summarizeFailures(log: (line: string) => void, windowMs = 60_000): FailureSummary {
  let failures = new Map<string, { attempts: number; messages: Set<string> }>();
  let timer: NodeJS.Timeout | null = null;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (failures.size === 0) return;
    const parts = [...failures].map(([name, { attempts, messages }]) => {
      const examples = [...messages].slice(0, 2).join("; ");
      const more = messages.size - 2;
      return `${name} ×${attempts} (${examples}${more > 0 ? `; ${more} more ${more === 1 ? "reason" : "reasons"}` : ""})`;
    });
    const total = [...failures.values()].reduce((sum, { attempts }) => sum + attempts, 0);
    failures = new Map();
    log(`▲ worker: ${total} job attempt(s) failed: ${parts.join(", ")}. They are retried with back-off; jobs that run out of attempts are listed at /admin/jobs.`);
  };

  return {
    record(name, message) {
      const entry = failures.get(name) ?? { attempts: 0, messages: new Set<string>() };
      entry.attempts += 1;
      entry.messages.add(message.slice(0, 200));
      failures.set(name, entry);
      timer ??= setTimeout(flush, windowMs);
      timer.unref?.();
    },
    flush,
    stop: flush,
  };
}
