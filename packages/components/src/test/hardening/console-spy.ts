// Records what the elements tell the console (and keeps it out of the test output), and traps
// page errors: a hardening test fails on any uncaught error or unhandled rejection.

type Method = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'group' | 'groupCollapsed' | 'groupEnd';
const METHODS: Method[] = [
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'group',
  'groupCollapsed',
  'groupEnd',
];

export interface ConsoleSpy {
  calls: { method: Method; args: unknown[] }[];
  /** The titles of the collapsed groups: one per report of an element. */
  groups(): string[];
  /** Uncaught errors and unhandled rejections seen meanwhile. */
  pageErrors: string[];
  restore(): void;
}

export function spyConsole(): ConsoleSpy {
  const saved = new Map(METHODS.map((m) => [m, console[m]]));
  const calls: ConsoleSpy['calls'] = [];
  for (const method of METHODS)
    (console as unknown as Record<Method, (...args: unknown[]) => void>)[method] = (...args) =>
      void calls.push({ method, args });
  const pageErrors: string[] = [];
  const onError = (e: ErrorEvent) => void pageErrors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) =>
    void pageErrors.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    calls,
    pageErrors,
    groups: () => calls.filter((c) => c.method === 'groupCollapsed').map((c) => String(c.args[0])),
    restore() {
      for (const [m, f] of saved) (console as unknown as Record<Method, unknown>)[m] = f;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
